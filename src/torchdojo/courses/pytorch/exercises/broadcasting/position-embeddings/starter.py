import torch


def add_positions(x: torch.Tensor, table: torch.Tensor) -> torch.Tensor:
    """x: (B, T, D), table: (L, D) with L >= T -> (B, T, D) with x[b, t] + table[t]."""
    raise NotImplementedError
