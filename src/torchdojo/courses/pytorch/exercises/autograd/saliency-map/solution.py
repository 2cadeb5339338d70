import torch
from torch import nn


def saliency(model: nn.Module, x: torch.Tensor, target: torch.Tensor) -> torch.Tensor:
    """|d logits[b, target[b]] / d x[b]| for every sample, (B, D); the model's .grad stay untouched."""
    x_leaf = x.detach().clone().requires_grad_(True)  # (B, D) leaf
    logits = model(x_leaf)  # (B, D) -> (B, C)
    picked = logits.gather(1, target.unsqueeze(1))  # (B, C), index (B, 1) -> (B, 1): each row's target logit
    (grad,) = torch.autograd.grad(picked.sum(), x_leaf)  # (B, D); no parameter's .grad is written
    return grad.abs()
