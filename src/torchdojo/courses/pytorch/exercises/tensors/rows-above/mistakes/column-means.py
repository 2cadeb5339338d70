# expect: error runs : shape of the mask
def rows_above(x, threshold):
    return x[x.mean(dim=0) > threshold]
