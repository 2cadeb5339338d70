"""Pre-norm residual MLP block. Layout: x is (B, T, C); weights are (out, in) as in nn.Linear."""

import torch
import torch.nn.functional as F


def residual_block(
    x: torch.Tensor,
    ln_weight: torch.Tensor,
    ln_bias: torch.Tensor,
    w1: torch.Tensor,
    b1: torch.Tensor,
    w2: torch.Tensor,
    b2: torch.Tensor,
) -> torch.Tensor:
    """x: (B, T, C) -> x + MLP(LayerNorm(x)), (B, T, C)."""
    h = F.layer_norm(x, (x.shape[-1],), ln_weight, ln_bias, eps=1e-5)  # (B, T, C), normalized per position
    h = torch.relu(h @ w1.T + b1)  # (B, T, C) @ (C, H) -> (B, T, H)
    h = h @ w2.T + b2  # (B, T, H) @ (H, C) -> (B, T, C)
    return x + h  # the residual path carries x through untouched
