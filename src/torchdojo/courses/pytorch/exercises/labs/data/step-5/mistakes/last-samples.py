# expect: failed values
def split_indices(n, val_size, seed):
    return list(range(n - val_size)), list(range(n - val_size, n))
