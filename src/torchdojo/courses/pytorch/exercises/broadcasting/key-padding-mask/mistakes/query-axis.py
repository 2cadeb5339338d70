# expect: error values : key columns
def mask_padded_keys(scores, keep):
    return scores.masked_fill(~keep[:, :, None], float("-inf"))
