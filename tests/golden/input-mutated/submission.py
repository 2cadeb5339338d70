def pairwise_distances(a, b):
    result = ((a[:, None] - b[None]) ** 2).sum(-1).sqrt()
    b.zero_()
    return result
