# expect: failed
# Tries to poison torch for whoever runs next in this process.
import torch

torch.Tensor.__sub__ = lambda self, other: torch.zeros_like(self)
torch.sqrt = lambda x: x * 0
torch.Tensor.sqrt = lambda self: self * 0
torch.manual_seed = lambda seed: None


def pairwise_distances(a, b):
    return ((a[:, None] - b[None]) ** 2).sum(-1).sqrt()
