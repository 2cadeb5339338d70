import torch


def to_channels_last(x: torch.Tensor) -> torch.Tensor:
    """x: (N, C, H, W) -> (N, H, W, C)."""
    return x.permute(0, 2, 3, 1)  # (N, C, H, W) -> (N, H, W, C), a view
