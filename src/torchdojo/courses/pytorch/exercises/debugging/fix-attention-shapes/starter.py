import math

import torch


def attention_scores(q: torch.Tensor, k: torch.Tensor) -> torch.Tensor:
    """q, k: (B, T, D) -> (B, T, T) scores q·k / sqrt(D)."""
    d = q.shape[0]
    return q @ k.transpose(0, 1) / math.sqrt(d)
