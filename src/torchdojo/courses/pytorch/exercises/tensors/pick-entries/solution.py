import torch


def pick_entries(x: torch.Tensor, rows: torch.Tensor, cols: torch.Tensor) -> torch.Tensor:
    """x: (N, M); rows, cols: (K,) int64 -> (K,) with result[k] = x[rows[k], cols[k]]."""
    return x[rows, cols]  # (K,): the two index tensors are paired element by element
