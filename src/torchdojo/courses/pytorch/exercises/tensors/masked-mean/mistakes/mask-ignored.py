# expect: failed values : include the padding
def masked_mean(x, mask):
    return x.mean(dim=1)
