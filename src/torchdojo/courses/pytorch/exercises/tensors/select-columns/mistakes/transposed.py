# expect: failed shape : wrong order
def select_columns(x, cols):
    return x.T[cols]
