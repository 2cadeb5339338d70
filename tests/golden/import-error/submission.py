import torchvisionx


def pairwise_distances(a, b):
    return a
