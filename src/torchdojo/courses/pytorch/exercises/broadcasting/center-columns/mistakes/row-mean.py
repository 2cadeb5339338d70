# expect: error runs : must match the size
def center_columns(x):
    return x - x.mean(dim=1)
