import torch


def float_to_uint8(x: torch.Tensor) -> torch.Tensor:
    """x: (C, H, W) float in about [0, 1] -> (C, H, W) uint8, rounded and clipped to 0..255."""
    raise NotImplementedError
