"""Multi-head self-attention, written out by hand.

Layout: x is (B, T, C) = (batch, time, channels). Every weight is (C, C) and multiplies on the right (x @ w).
Heads are consecutive channel slices: head h owns channels [h*hs, (h+1)*hs) with hs = C // n_heads, and the
per-head tensors are (B, nh, T, hs). Scores are scaled by 1/sqrt(hs). The causal mask hides key positions
greater than the query position.
"""

import math

import torch


def multi_head_attention(
    x: torch.Tensor,
    w_q: torch.Tensor,
    w_k: torch.Tensor,
    w_v: torch.Tensor,
    w_o: torch.Tensor,
    n_heads: int,
    causal: bool = False,
) -> torch.Tensor:
    """x: (B, T, C); w_*: (C, C) applied as x @ w -> (B, T, C)."""
    B, T, C = x.shape
    hs = C // n_heads  # head size
    # project, then split the channels into heads and move the head dimension before time
    q = (x @ w_q).view(B, T, n_heads, hs).transpose(1, 2)  # (B, T, C) -> (B, T, nh, hs) -> (B, nh, T, hs)
    k = (x @ w_k).view(B, T, n_heads, hs).transpose(1, 2)  # (B, nh, T, hs)
    v = (x @ w_v).view(B, T, n_heads, hs).transpose(1, 2)  # (B, nh, T, hs)
    scores = q @ k.transpose(-2, -1) / math.sqrt(hs)  # (B, nh, T, hs) @ (B, nh, hs, T) -> (B, nh, T, T)
    if causal:
        future = torch.ones(T, T, dtype=torch.bool, device=x.device).triu(diagonal=1)  # (T, T): key > query
        scores = scores.masked_fill(future, float("-inf"))  # the diagonal stays, so no row is all -inf
    weights = torch.softmax(scores, dim=-1)  # (B, nh, T, T), each row sums to 1 over the keys
    out = weights @ v  # (B, nh, T, T) @ (B, nh, T, hs) -> (B, nh, T, hs)
    out = out.transpose(1, 2).reshape(B, T, C)  # (B, T, nh, hs) -> (B, T, C): heads side by side again
    return out @ w_o  # (B, T, C)
