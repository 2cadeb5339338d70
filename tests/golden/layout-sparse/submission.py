import torch


def pairwise_distances(a, b):
    difference = a[:, None, :] - b[None, :, :]
    return difference.pow(2).sum(-1).sqrt().to_sparse()
