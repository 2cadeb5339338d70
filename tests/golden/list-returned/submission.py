def pairwise_distances(a, b):
    return [[float(((x - y) ** 2).sum().sqrt()) for y in b] for x in a]
