# expect: failed dtype : float64
import torch


def seeded_noise(like, seed):
    generator = torch.Generator().manual_seed(seed)
    return torch.randn(like.shape, generator=generator)
