# expect: error dtype : float64
import torch


def pad_right(x, length, value):
    out = torch.full((x.shape[0], length), value)
    out[:, : x.shape[1]] = x
    return out
