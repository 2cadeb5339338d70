def pairwise_distances(a, b):
    ((a[:, None] - b[None]) ** 2).sum(-1).sqrt()
