# expect: error values : differs from the reference
import torch


def identity_like(x):
    return x * torch.eye(x.shape[0], dtype=x.dtype)
