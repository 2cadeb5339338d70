# expect: failed values : time is dim 1
def reverse_time(x):
    return x.flip(0)
