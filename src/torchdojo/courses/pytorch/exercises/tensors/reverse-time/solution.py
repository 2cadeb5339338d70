import torch


def reverse_time(x: torch.Tensor) -> torch.Tensor:
    """x: (B, T, D) -> (B, T, D), each sequence reversed along T."""
    return x.flip(1)  # (B, T, D): dim 1 (time) reversed, a copy
