# expect: failed values : square root
import torch


def mse_loss(prediction, target, reduction="mean"):
    squared = (prediction - target) ** 2
    if reduction == "none":
        return squared
    if reduction == "sum":
        return squared.sum()
    if reduction == "mean":
        return torch.sqrt(squared.mean())
    raise ValueError(reduction)
