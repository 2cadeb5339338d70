import torch


def batch_outer(a: torch.Tensor, b: torch.Tensor) -> torch.Tensor:
    """a: (B, N), b: (B, M) -> (B, N, M) with result[k, i, j] = a[k, i] * b[k, j]."""
    column = a.unsqueeze(2)  # (B, N) -> (B, N, 1)
    row = b.unsqueeze(1)  # (B, M) -> (B, 1, M)
    return column * row  # (B, N, 1) * (B, 1, M) -> (B, N, M)
