# expect: failed
import torch


def pairwise_distances(a, b):
    return torch.zeros(60_000_000, dtype=torch.uint8)
