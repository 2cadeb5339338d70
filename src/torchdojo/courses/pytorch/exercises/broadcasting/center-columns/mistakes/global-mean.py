# expect: failed values : its own
def center_columns(x):
    return x - x.mean()
