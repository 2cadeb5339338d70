# expect: failed values : mixes positions with channels
import math

import torch


def multi_head_attention(x, w_q, w_k, w_v, w_o, n_heads, causal=False):
    B, T, C = x.shape
    hs = C // n_heads
    # (B, T, C) viewed straight as (B, nh, T, hs): the same memory, cut along the wrong axes
    q = (x @ w_q).view(B, n_heads, T, hs)
    k = (x @ w_k).view(B, n_heads, T, hs)
    v = (x @ w_v).view(B, n_heads, T, hs)
    scores = q @ k.transpose(-2, -1) / math.sqrt(hs)
    if causal:
        scores = scores.masked_fill(torch.ones(T, T, dtype=torch.bool).triu(1), float("-inf"))
    out = torch.softmax(scores, dim=-1) @ v
    return out.reshape(B, T, C) @ w_o
