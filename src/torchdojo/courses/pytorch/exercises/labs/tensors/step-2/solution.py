import torch


def column_means(x: torch.Tensor) -> torch.Tensor:
    """x: (N, F) -> (F,), the mean of each column."""
    return x.mean(dim=0)  # (N, F) -> (F,): dimension 0, the rows, is averaged away
