# expect: failed values : ones only on the diagonal
import torch


def identity_like(x):
    return torch.ones_like(x)
