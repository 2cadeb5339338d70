import torch


def normalize_channels(images: torch.Tensor, mean: torch.Tensor, std: torch.Tensor) -> torch.Tensor:
    """images: (B, C, H, W); mean, std: (C,) -> (B, C, H, W) with (images[:, c] - mean[c]) / std[c]."""
    mean = mean.reshape(-1, 1, 1)  # (C,) -> (C, 1, 1): C lines up with dim 1 of (B, C, H, W)
    std = std.reshape(-1, 1, 1)  # (C,) -> (C, 1, 1)
    return (images - mean) / std  # (B, C, H, W)
