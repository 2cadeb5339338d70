# expect: failed returns : never filled
import torch


def logsumexp_grad(x):
    leaf = x.detach().clone().requires_grad_(True)
    torch.logsumexp(leaf.reshape(-1), dim=0).backward()
    return x.grad
