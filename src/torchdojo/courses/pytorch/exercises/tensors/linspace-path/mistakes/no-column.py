# expect: error runs : must match the size
import torch


def linspace_path(a, b, steps):
    t = torch.linspace(0, 1, steps, dtype=a.dtype)
    return a + t * (b - a)
