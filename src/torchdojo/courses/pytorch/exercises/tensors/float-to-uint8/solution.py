import torch


def float_to_uint8(x: torch.Tensor) -> torch.Tensor:
    """x: (C, H, W) float in about [0, 1] -> (C, H, W) uint8, rounded and clipped to 0..255."""
    scaled = (x * 255).round()  # (C, H, W), still float: nearest integer, not truncation
    return scaled.clamp(0, 255).to(torch.uint8)  # clip first: out-of-range float -> uint8 is undefined
