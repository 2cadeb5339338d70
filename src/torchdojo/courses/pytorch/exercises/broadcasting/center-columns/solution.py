import torch


def center_columns(x: torch.Tensor) -> torch.Tensor:
    """x: (N, D) -> (N, D) with each column's mean subtracted from that column."""
    means = x.mean(dim=0, keepdim=True)  # (N, D) -> (1, D): one mean per column
    return x - means  # (N, D) - (1, D) -> (N, D)
