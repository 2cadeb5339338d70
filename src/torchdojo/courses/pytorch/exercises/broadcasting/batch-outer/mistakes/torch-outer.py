# expect: error runs : Expected 1-D argument
import torch


def batch_outer(a, b):
    return torch.outer(a, b)
