import torch


def masked_mean(x: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
    """x: (B, T) float, mask: (B, T) bool -> (B,) mean of x over mask; 0.0 for rows with no True."""
    raise NotImplementedError
