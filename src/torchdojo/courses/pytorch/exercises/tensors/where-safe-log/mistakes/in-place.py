# expect: failed inputs : in place
import torch


def safe_log(x):
    x[x <= 0] = 1.0
    return torch.log(x)
