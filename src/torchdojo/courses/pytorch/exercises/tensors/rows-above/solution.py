import torch


def rows_above(x: torch.Tensor, threshold: float) -> torch.Tensor:
    """x: (N, D) -> (K, D), the rows whose mean is > threshold, in order."""
    keep = x.mean(dim=1) > threshold  # (N,) bool, one decision per row
    return x[keep]  # (K, D): whole rows where keep is True
