# expect: failed values : not seeded with `seed`
import torch


def make_weights(seed, shape):
    return torch.randn(shape)
