import torch


def to_unit_range(images: torch.Tensor) -> torch.Tensor:
    """images: (N, H, W) uint8 in 0..255 -> (N, H, W) float32 in [0, 1]."""
    return images.to(torch.float32) / 255.0  # convert first: bytes cannot hold 0.2
