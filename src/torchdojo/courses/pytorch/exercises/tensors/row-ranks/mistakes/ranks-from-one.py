# expect: failed values : differs from the reference
def row_ranks(x):
    return x.argsort(dim=1).argsort(dim=1) + 1
