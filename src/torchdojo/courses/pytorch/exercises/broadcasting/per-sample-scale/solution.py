import torch


def scale_samples(images: torch.Tensor, scale: torch.Tensor) -> torch.Tensor:
    """images: (B, C, H, W), scale: (B,) -> (B, C, H, W) with image b multiplied by scale[b]."""
    factors = scale.reshape(-1, 1, 1, 1)  # (B,) -> (B, 1, 1, 1): one factor per image
    return images * factors  # (B, C, H, W) * (B, 1, 1, 1) -> (B, C, H, W)
