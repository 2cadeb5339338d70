# expect: failed finite : Inf
def masked_max(x, mask):
    return x.masked_fill(~mask, float("-inf")).amax(dim=1)
