import torch


def merge_heads(x: torch.Tensor) -> torch.Tensor:
    """x: (B, H, T, Dh) -> (B, T, H * Dh), heads concatenated along the features."""
    batch, heads, steps, head_dim = x.shape
    per_step = x.transpose(1, 2)  # (B, T, H, Dh), a non-contiguous view
    return per_step.reshape(batch, steps, heads * head_dim)  # (B, T, H * Dh); reshape copies as needed
