import torch


def to_channels_last(x: torch.Tensor) -> torch.Tensor:
    """x: (N, C, H, W) -> (N, H, W, C)."""
    raise NotImplementedError
