# expect: failed values : differs from the reference
import torch


def bce_with_logits(logits, targets, reduction="mean"):
    loss = logits.clamp(min=0) - logits * (1 - targets) + torch.log1p(torch.exp(-logits.abs()))
    if reduction == "none":
        return loss
    if reduction == "sum":
        return loss.sum()
    return loss.mean()
