# expect: failed values : to every row
def sort_by_key(values, keys):
    return values[:, keys.argsort(dim=1)]
