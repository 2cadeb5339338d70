# expect: error runs : is invalid for input of size
def every_other_row(x):
    return x.view(-1, 2, x.shape[1])[:, 0]
