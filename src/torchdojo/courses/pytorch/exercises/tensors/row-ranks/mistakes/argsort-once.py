# expect: failed values : Invert the permutation
def row_ranks(x):
    return x.argsort(dim=1)
