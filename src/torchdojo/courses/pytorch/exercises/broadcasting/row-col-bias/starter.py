import torch


def add_biases(x: torch.Tensor, row_bias: torch.Tensor, col_bias: torch.Tensor) -> torch.Tensor:
    """x: (N, D), row_bias: (N,), col_bias: (D,) -> (N, D) with x[i, j] + row_bias[i] + col_bias[j]."""
    raise NotImplementedError
