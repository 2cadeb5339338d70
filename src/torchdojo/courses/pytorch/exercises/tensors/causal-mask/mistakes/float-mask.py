# expect: failed dtype : bool
import torch


def causal_mask(size, device):
    return torch.tril(torch.ones(size, size, device=device))
