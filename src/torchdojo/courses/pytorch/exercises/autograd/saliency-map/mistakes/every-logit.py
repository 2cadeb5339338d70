# expect: failed values : pick each sample's target logit
import torch


def saliency(model, x, target):
    x_leaf = x.detach().clone().requires_grad_(True)
    (grad,) = torch.autograd.grad(model(x_leaf).sum(), x_leaf)
    return grad.abs()
