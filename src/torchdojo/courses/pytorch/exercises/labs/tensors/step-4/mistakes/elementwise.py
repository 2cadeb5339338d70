# expect: failed shape
def rows_above(x, threshold):
    return x[x > threshold]
