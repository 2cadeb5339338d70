# expect: failed inputs
def center_columns(x):
    x -= x.mean(dim=0)
    return x
