# expect: failed values : mixes positions with channels
import math, torch
def multi_head_attention(x, w_q, w_k, w_v, w_o, n_heads, causal=False):
    B, T, C = x.shape
    d = C // n_heads
    q = (x @ w_q).view(B, n_heads, T, d)
    k = (x @ w_k).view(B, n_heads, T, d)
    v = (x @ w_v).view(B, n_heads, T, d)
    s = q @ k.transpose(-2, -1) / math.sqrt(d)
    if causal:
        s = s.masked_fill(torch.ones(T, T, dtype=torch.bool).triu(1), float("-inf"))
    return (s.softmax(-1) @ v).reshape(B, T, C) @ w_o
