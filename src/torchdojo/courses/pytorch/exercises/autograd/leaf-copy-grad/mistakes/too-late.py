# expect: error runs : does not require grad
import torch


def logsumexp_grad(x):
    leaf = x.clone()
    value = torch.logsumexp(leaf.reshape(-1), dim=0)
    leaf.requires_grad_(True)
    value.backward()
    return leaf.grad
