def pairwise_distances(a, b):
    squared = ((a[:, None] - b[None]) ** 2).sum(-1)
    return (squared - 0.5).sqrt() + 0.0 * squared
