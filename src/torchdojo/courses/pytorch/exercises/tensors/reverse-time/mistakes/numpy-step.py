# expect: error runs : step must be greater than zero
def reverse_time(x):
    return x[:, ::-1]
