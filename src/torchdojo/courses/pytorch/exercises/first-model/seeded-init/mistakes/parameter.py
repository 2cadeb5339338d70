# expect: failed type : subclass of torch.Tensor
import torch
from torch import nn


def make_weights(seed, shape):
    generator = torch.Generator().manual_seed(seed)
    return nn.Parameter(torch.randn(shape, generator=generator))
