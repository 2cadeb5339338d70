import torch
from torch.utils.data import DataLoader, TensorDataset


def batch_sizes(x: torch.Tensor, y: torch.Tensor, batch_size: int) -> list:
    """The number of samples in each batch of a DataLoader over (x, y), in order."""
    loader = DataLoader(TensorDataset(x, y), batch_size=batch_size)  # keeps the last partial batch
    return [len(inputs) for inputs, targets in loader]  # inputs: (batch, F)
