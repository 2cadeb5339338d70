# expect: failed values : where it is False
def mask_padded_keys(scores, keep):
    return scores.masked_fill(keep.unsqueeze(1), float("-inf"))
