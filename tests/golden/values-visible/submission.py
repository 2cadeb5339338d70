def pairwise_distances(a, b):
    return ((a[:, None] - b[None]) ** 2).sum(-1).sqrt() * 1.01
