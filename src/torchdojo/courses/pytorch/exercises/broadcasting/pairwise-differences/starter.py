import torch


def pairwise_differences(x: torch.Tensor) -> torch.Tensor:
    """x: (N,) -> (N, N) with result[i, j] = x[i] - x[j]."""
    raise NotImplementedError
