import torch


def center_rows(x: torch.Tensor) -> torch.Tensor:
    """x: (N, D) -> (N, D) with each row's mean subtracted from that row."""
    means = x.mean(dim=1, keepdim=True)  # (N, D) -> (N, 1): keepdim so it lines up with the rows
    return x - means  # (N, D) - (N, 1) -> (N, D)
