import torch


def split_qkv(x: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
    """x: (N, 3 * D) -> (q, k, v), each (N, D)."""
    raise NotImplementedError
