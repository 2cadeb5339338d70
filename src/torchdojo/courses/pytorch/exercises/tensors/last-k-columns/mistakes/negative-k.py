# expect: failed values : x[:, -0:] is x[:, 0:]
def last_k_columns(x, k):
    return x[:, -k:]
