import torch


def gather_positions(x: torch.Tensor, index: torch.Tensor) -> torch.Tensor:
    """x: (B, T, D), index: (B, K) int64 -> (B, K, D) with result[b, k] = x[b, index[b, k]]."""
    raise NotImplementedError
