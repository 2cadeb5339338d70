# expect: failed shape : extra size-1 dimension
import torch


def masked_mean(x, mask):
    total = torch.where(mask, x, torch.zeros_like(x)).sum(dim=1, keepdim=True)
    return total / mask.sum(dim=1, keepdim=True).clamp_min(1)
