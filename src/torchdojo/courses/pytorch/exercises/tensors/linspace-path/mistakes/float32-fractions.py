# expect: failed values : made in float32
import torch


def linspace_path(a, b, steps):
    t = torch.linspace(0, 1, steps)
    return a + t[:, None] * (b - a)
