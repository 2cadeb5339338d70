def pairwise_distances(a, b):
    return (a[:, None] - b[None]).abs()
