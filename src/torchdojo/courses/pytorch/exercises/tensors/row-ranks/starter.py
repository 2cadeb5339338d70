import torch


def row_ranks(x: torch.Tensor) -> torch.Tensor:
    """x: (N, L) -> (N, L) int64, the rank of each entry within its row (0 = smallest)."""
    raise NotImplementedError
