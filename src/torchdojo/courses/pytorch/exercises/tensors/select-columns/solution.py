import torch


def select_columns(x: torch.Tensor, cols: torch.Tensor) -> torch.Tensor:
    """x: (N, M), cols: (K,) int64 -> (N, K), column k is x[:, cols[k]]."""
    return x.index_select(1, cols)  # (N, K): whole columns picked along dim 1
