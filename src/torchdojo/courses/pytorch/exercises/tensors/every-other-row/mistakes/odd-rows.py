# expect: failed shape : a different number of rows
def every_other_row(x):
    return x[1::2]
