# expect: failed finite : exp overflow
import torch


def bce_with_logits(logits, targets, reduction="mean"):
    loss = torch.log1p(torch.exp(logits)) - logits * targets
    if reduction == "none":
        return loss
    if reduction == "sum":
        return loss.sum()
    return loss.mean()
