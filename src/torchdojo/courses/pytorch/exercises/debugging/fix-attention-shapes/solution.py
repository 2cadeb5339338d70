import math

import torch


def attention_scores(q: torch.Tensor, k: torch.Tensor) -> torch.Tensor:
    """q, k: (B, T, D) -> (B, T, T) scores q·k / sqrt(D)."""
    d = q.shape[-1]  # the head size is the last dimension, not the batch
    return q @ k.transpose(-2, -1) / math.sqrt(d)  # (B, T, D) @ (B, D, T) -> (B, T, T)
