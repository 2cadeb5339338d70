import torch


def add_biases(x: torch.Tensor, row_bias: torch.Tensor, col_bias: torch.Tensor) -> torch.Tensor:
    """x: (N, D), row_bias: (N,), col_bias: (D,) -> (N, D) with x[i, j] + row_bias[i] + col_bias[j]."""
    per_row = row_bias.unsqueeze(1)  # (N,) -> (N, 1): constant along each row
    per_column = col_bias.unsqueeze(0)  # (D,) -> (1, D): constant down each column
    return x + per_row + per_column  # (N, D) + (N, 1) + (1, D) -> (N, D)
