# expect: failed returns : forget `return`
import torch


def clip_values(x, low, high):
    clipped = torch.clamp(x, low, high)
