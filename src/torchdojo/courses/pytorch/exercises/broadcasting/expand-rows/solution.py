import torch


def tile_rows(row: torch.Tensor, n: int) -> torch.Tensor:
    """row: (D,) -> (n, D) whose rows are all equal to row, as a view (no copy)."""
    return row.expand(n, -1)  # (D,) -> (n, D) with stride (0, 1): n reads of the same memory
