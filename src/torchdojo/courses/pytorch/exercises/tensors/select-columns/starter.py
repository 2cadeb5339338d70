import torch


def select_columns(x: torch.Tensor, cols: torch.Tensor) -> torch.Tensor:
    """x: (N, M), cols: (K,) int64 -> (N, K), column k is x[:, cols[k]]."""
    raise NotImplementedError
