# expect: failed inputs : in place
import torch


def pairwise_distances(a, b):
    a.mul_(1.0).add_(0.0)
    a[:] = a * 1.0001
    return ((a[:, None, :] - b[None, :, :]) ** 2).sum(-1).sqrt()
