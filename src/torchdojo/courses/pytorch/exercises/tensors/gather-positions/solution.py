import torch


def gather_positions(x: torch.Tensor, index: torch.Tensor) -> torch.Tensor:
    """x: (B, T, D), index: (B, K) int64 -> (B, K, D) with result[b, k] = x[b, index[b, k]]."""
    full_index = index.unsqueeze(-1).expand(-1, -1, x.shape[-1])  # (B, K) -> (B, K, 1) -> (B, K, D), no copy
    return x.gather(1, full_index)  # (B, K, D): along T, each feature column with the same position
