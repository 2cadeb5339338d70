# expect: failed values : one decision per row
def rows_above(x, threshold):
    return x[x > threshold]
