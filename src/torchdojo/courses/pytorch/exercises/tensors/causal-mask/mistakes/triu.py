# expect: failed values : upper triangle
import torch


def causal_mask(size, device):
    return torch.ones(size, size, dtype=torch.bool, device=device).triu()
