# expect: failed returns : forget `return`
import torch


def pairwise_distances(a, b):
    distances = ((a[:, None, :] - b[None, :, :]) ** 2).sum(-1).sqrt()
