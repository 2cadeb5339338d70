# expect: error runs : maximum size for tensor at dimension 0
def sliding_windows(x, size, step):
    return x.unfold(0, size, step)
