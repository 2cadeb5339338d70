import torch


def pairwise_differences(x: torch.Tensor) -> torch.Tensor:
    """x: (N,) -> (N, N) with result[i, j] = x[i] - x[j]."""
    column = x.unsqueeze(1)  # (N,) -> (N, 1): x[i] down the rows
    row = x.unsqueeze(0)  # (N,) -> (1, N): x[j] along the columns
    return column - row  # (N, 1) - (1, N) -> (N, N)
