import torch


def add_bias_column(x: torch.Tensor) -> torch.Tensor:
    """x: (N, D) -> (N, D + 1) with a column of ones appended; dtype and device of x."""
    ones = torch.ones(x.shape[0], 1, dtype=x.dtype, device=x.device)  # (N, 1), matching x
    return torch.cat([x, ones], dim=1)  # (N, D) and (N, 1) -> (N, D + 1)
