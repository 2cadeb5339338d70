import torch


def split_qkv(x: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
    """x: (N, 3 * D) -> (q, k, v), each (N, D)."""
    q, k, v = x.chunk(3, dim=-1)  # three (N, D) views along the last dimension
    return q, k, v
