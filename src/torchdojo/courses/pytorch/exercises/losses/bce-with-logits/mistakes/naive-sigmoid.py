# expect: failed finite : non-finite
import torch


def bce_with_logits(logits, targets, reduction="mean"):
    p = torch.sigmoid(logits)
    loss = -(targets * torch.log(p) + (1 - targets) * torch.log(1 - p))
    if reduction == "none":
        return loss
    if reduction == "sum":
        return loss.sum()
    return loss.mean()
