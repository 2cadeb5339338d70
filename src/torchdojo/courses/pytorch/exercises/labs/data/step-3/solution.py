import torch
from torch.utils.data import DataLoader, TensorDataset


def first_batch_labels(x, y, batch_size: int, seed: int):
    """The labels yb of the first batch of a shuffled DataLoader whose order is fixed by seed."""
    order = torch.Generator().manual_seed(seed)  # this loader's own source of randomness
    loader = DataLoader(TensorDataset(x, y), batch_size=batch_size, shuffle=True, generator=order)
    xb, yb = next(iter(loader))  # (B, F), (B,)
    return yb
