import torch


def merge_heads(x: torch.Tensor) -> torch.Tensor:
    """x: (B, H, T, Dh) -> (B, T, H * Dh), heads concatenated along the features."""
    raise NotImplementedError
