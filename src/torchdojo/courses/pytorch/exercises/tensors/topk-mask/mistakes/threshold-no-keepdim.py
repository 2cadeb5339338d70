# expect: error runs : must match the size
def topk_mask(scores, k):
    kth = scores.topk(k, dim=1).values[:, -1]
    return scores >= kth
