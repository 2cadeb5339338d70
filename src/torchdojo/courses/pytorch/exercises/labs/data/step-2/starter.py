import torch
from torch.utils.data import DataLoader, TensorDataset  # noqa: F401 (you will need it)


def batch_sizes(x: torch.Tensor, y: torch.Tensor, batch_size: int) -> list:
    """The number of samples in each batch of a DataLoader over (x, y), in order."""
    raise NotImplementedError
