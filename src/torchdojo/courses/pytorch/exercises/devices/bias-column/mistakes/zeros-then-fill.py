# expect: error dtype : float32; expected float64
import torch


def add_bias_column(x):
    n, d = x.shape
    out = torch.zeros(n, d + 1)
    out[:, :d] = x
    out[:, d] = 1
    return out
