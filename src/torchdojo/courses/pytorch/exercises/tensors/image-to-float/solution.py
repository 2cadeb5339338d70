import torch


def image_to_float(img: torch.Tensor) -> torch.Tensor:
    """img: (H, W, C) uint8 -> (C, H, W) float32 in [0, 1]."""
    channels_first = img.permute(2, 0, 1)  # (H, W, C) -> (C, H, W)
    return channels_first.to(torch.float32) / 255  # float before dividing: 0..255 -> 0..1
