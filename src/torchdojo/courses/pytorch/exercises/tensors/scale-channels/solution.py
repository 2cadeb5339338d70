import torch


def scale_channels(x: torch.Tensor, weights: torch.Tensor) -> torch.Tensor:
    """x: (N, C, H, W), weights: (C,) -> (N, C, H, W) with channel c scaled by weights[c]."""
    per_channel = weights[:, None, None]  # (C,) -> (C, 1, 1): lines up with (C, H, W)
    return x * per_channel  # (N, C, H, W)
