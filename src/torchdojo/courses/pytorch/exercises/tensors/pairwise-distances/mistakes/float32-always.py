# expect: failed dtype : float64
import torch


def pairwise_distances(a, b):
    out = torch.zeros(a.shape[0], b.shape[0])
    out += ((a[:, None, :] - b[None, :, :]) ** 2).sum(-1).sqrt()
    return out
