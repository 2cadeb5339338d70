import torch


def rows_above(x: torch.Tensor, threshold: float) -> torch.Tensor:
    """x: (N, F) -> (K, F), the rows whose sum is greater than threshold."""
    keep = x.sum(dim=1) > threshold  # (N,) bool: one decision per row
    return x[keep]  # (K, F): a bool index on dim 0 selects whole rows
