import torch


def helper(x):
    return x


def pairwise_distances(a, b):
    raise NotImplementedError("later")
