import torch


def batch_outer(a: torch.Tensor, b: torch.Tensor) -> torch.Tensor:
    """a: (B, N), b: (B, M) -> (B, N, M) with result[k, i, j] = a[k, i] * b[k, j]."""
    raise NotImplementedError
