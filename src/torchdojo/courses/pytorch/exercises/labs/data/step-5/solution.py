import torch
from torch.utils.data import random_split


def split_indices(n: int, val_size: int, seed: int):
    """(train_indices, val_indices): a seeded random split of range(n)."""
    generator = torch.Generator().manual_seed(seed)
    train, val = random_split(range(n), [n - val_size, val_size], generator=generator)
    return list(train.indices), list(val.indices)  # Subset.indices: positions in range(n)
