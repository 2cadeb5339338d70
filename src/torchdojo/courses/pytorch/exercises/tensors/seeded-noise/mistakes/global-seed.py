# expect: failed behaviour : global random state
import torch


def seeded_noise(like, seed):
    torch.manual_seed(seed)
    return torch.randn_like(like)
