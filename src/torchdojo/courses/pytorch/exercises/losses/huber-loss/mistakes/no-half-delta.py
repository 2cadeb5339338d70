# expect: failed values : differs from the reference
import torch


def huber_loss(prediction, target, delta=1.0, reduction="mean"):
    e = (prediction - target).abs()
    loss = torch.where(e <= delta, 0.5 * e**2, delta * e)
    if reduction == "none":
        return loss
    if reduction == "sum":
        return loss.sum()
    return loss.mean()
