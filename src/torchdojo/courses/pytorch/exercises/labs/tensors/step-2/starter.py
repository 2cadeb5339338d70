import torch


def column_means(x: torch.Tensor) -> torch.Tensor:
    """x: (N, F) -> (F,), the mean of each column."""
    raise NotImplementedError
