# expect: failed values : order must come from the keys
def sort_by_key(values, keys):
    return values.sort(dim=1).values
