# expect: failed dtype : bool
import torch


def topk_mask(scores, k):
    index = scores.topk(k, dim=1).indices
    return torch.zeros_like(scores).scatter(1, index, 1.0)
