# expect: failed values : sign is flipped
def pairwise_differences(x):
    return x[None, :] - x[:, None]
