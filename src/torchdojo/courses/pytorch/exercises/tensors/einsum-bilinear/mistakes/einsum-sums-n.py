# expect: failed shape : expected (5,)
import torch


def bilinear_scores(x, W, y):
    return torch.einsum("nd,de,ne->", x, W, y)
