def pairwise_distances(a, b):
    n = a.shape[0]
    d = a.shape[2]
    return a
