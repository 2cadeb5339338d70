import torch


def add_positions(x: torch.Tensor, table: torch.Tensor) -> torch.Tensor:
    """x: (B, T, D), table: (L, D) with L >= T -> (B, T, D) with x[b, t] + table[t]."""
    positions = table[: x.shape[1]]  # (L, D) -> (T, D): positions 0 … T-1
    return x + positions  # (B, T, D) + (T, D) -> (B, T, D), shared across the batch
