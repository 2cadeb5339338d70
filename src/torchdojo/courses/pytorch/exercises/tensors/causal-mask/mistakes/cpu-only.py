# expect: failed device : meta
import torch


def causal_mask(size, device):
    return torch.ones(size, size, dtype=torch.bool).tril()
