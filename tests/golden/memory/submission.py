import torch


def pairwise_distances(a, b):
    huge = torch.empty(50_000_000_000)
    return huge
