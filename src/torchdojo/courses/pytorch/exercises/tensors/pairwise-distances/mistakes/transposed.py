# expect: failed shape : dimensions are in the wrong order
import torch


def pairwise_distances(a, b):
    return ((b[:, None, :] - a[None, :, :]) ** 2).sum(-1).sqrt()
