# expect: failed shape : expected (2, 5, 8)
import math

import torch


def multi_head_attention(x, w_q, w_k, w_v, w_o, n_heads, causal=False):
    B, T, C = x.shape
    hs = C // n_heads
    q = (x @ w_q).view(B, T, n_heads, hs).transpose(1, 2)
    k = (x @ w_k).view(B, T, n_heads, hs).transpose(1, 2)
    v = (x @ w_v).view(B, T, n_heads, hs).transpose(1, 2)
    scores = q @ k.transpose(-2, -1) / math.sqrt(hs)
    if causal:
        scores = scores.masked_fill(torch.ones(T, T, dtype=torch.bool).triu(1), float("-inf"))
    return torch.softmax(scores, dim=-1) @ v  # still (B, nh, T, hs)
