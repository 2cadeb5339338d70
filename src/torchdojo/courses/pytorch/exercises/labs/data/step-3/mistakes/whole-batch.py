# expect: failed type
import torch
from torch.utils.data import DataLoader, TensorDataset


def first_batch_labels(x, y, batch_size, seed):
    loader = DataLoader(TensorDataset(x, y), batch_size=batch_size, shuffle=True, generator=torch.Generator().manual_seed(seed))
    return next(iter(loader))
