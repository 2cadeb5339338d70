import torch


def masked_mean(x: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
    """x: (B, T) float, mask: (B, T) bool -> (B,) mean of x over mask; 0.0 for rows with no True."""
    total = torch.where(mask, x, torch.zeros_like(x)).sum(dim=1)  # (B,): padding contributes exactly 0
    count = mask.sum(dim=1).to(x.dtype)  # (B,): valid positions per row
    return total / count.clamp_min(1)  # (B,); an all-padding row is 0 / 1 = 0 instead of 0 / 0 = NaN
