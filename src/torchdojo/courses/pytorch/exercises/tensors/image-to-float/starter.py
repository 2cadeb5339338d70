import torch


def image_to_float(img: torch.Tensor) -> torch.Tensor:
    """img: (H, W, C) uint8 -> (C, H, W) float32 in [0, 1]."""
    raise NotImplementedError
