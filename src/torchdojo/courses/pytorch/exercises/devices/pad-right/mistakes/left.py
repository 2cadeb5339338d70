# expect: failed values : in front of the sequence
import torch


def pad_right(x, length):
    pad = x.new_zeros((x.shape[0], length - x.shape[1], *x.shape[2:]))
    return torch.cat([pad, x], dim=1)
