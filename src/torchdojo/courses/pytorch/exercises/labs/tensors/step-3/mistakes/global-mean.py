# expect: failed values : each column needs its own mean
def center_columns(x):
    return x - x.mean()
