# expect: error runs : view size is not compatible
def pick_entries(x, rows, cols):
    return x.view(-1)[rows * x.shape[1] + cols]
