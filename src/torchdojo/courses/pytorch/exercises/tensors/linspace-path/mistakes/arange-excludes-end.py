# expect: failed values : last row is not b
import torch


def linspace_path(a, b, steps):
    t = torch.arange(steps, dtype=a.dtype) / steps
    return a + t[:, None] * (b - a)
