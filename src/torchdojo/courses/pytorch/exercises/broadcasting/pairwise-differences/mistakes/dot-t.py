# expect: failed shape : (5,); expected (5, 5)
def pairwise_differences(x):
    return x - x.T
