# expect: failed shape : wrong order
def to_channels_last(x):
    return x.permute(0, 3, 2, 1)
