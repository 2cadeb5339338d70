import math

import torch


def attention_head(
    x: torch.Tensor, w_q: torch.Tensor, w_k: torch.Tensor, w_v: torch.Tensor, causal: bool = False
) -> torch.Tensor:
    """x: (B, T, C); w_q, w_k, w_v: (D, C) -> (B, T, D), one head of scaled dot-product self-attention."""
    q, k, v = x @ w_q.T, x @ w_k.T, x @ w_v.T  # each (B, T, C) @ (C, D) -> (B, T, D)
    scores = q @ k.transpose(-2, -1) / math.sqrt(q.shape[-1])  # (B, T, D) @ (B, D, T) -> (B, T, T)
    if causal:
        t = x.shape[1]
        future = torch.ones(t, t, dtype=torch.bool, device=x.device).triu(1)  # (T, T): True where j > i
        scores = scores.masked_fill(future, float("-inf"))
    return scores.softmax(dim=-1) @ v  # (B, T, T) @ (B, T, D) -> (B, T, D)
