# expect: failed values : regroups it
def to_channels_last(x):
    n, c, h, w = x.shape
    return x.reshape(n, h, w, c)
