# expect: failed inputs : in place
def clip_values(x, low, high):
    return x.clamp_(low, high)
