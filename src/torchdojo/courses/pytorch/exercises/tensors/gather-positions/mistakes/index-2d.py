# expect: error runs : same number of dimensions
def gather_positions(x, index):
    return x.gather(1, index)
