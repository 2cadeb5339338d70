# expect: failed values : k smallest scores
import torch


def topk_mask(scores, k):
    index = scores.argsort(dim=1)[:, :k]
    return torch.zeros_like(scores, dtype=torch.bool).scatter(1, index, True)
