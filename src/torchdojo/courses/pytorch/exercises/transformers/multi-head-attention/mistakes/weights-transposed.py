# expect: failed values : transposed weights
import math

import torch


def multi_head_attention(x, w_q, w_k, w_v, w_o, n_heads, causal=False):
    B, T, C = x.shape
    hs = C // n_heads
    # nn.Linear's habit (x @ W.T) applied to plain matrices that are meant to be used as given
    q = (x @ w_q.T).view(B, T, n_heads, hs).transpose(1, 2)
    k = (x @ w_k.T).view(B, T, n_heads, hs).transpose(1, 2)
    v = (x @ w_v.T).view(B, T, n_heads, hs).transpose(1, 2)
    scores = q @ k.transpose(-2, -1) / math.sqrt(hs)
    if causal:
        scores = scores.masked_fill(torch.ones(T, T, dtype=torch.bool).triu(1), float("-inf"))
    out = torch.softmax(scores, dim=-1) @ v
    return out.transpose(1, 2).reshape(B, T, C) @ w_o.T
