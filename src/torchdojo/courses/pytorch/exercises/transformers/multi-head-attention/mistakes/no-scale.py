# expect: failed values : not scaled
import math, torch
def multi_head_attention(x, w_q, w_k, w_v, w_o, n_heads, causal=False):
    B, T, C = x.shape
    d = C // n_heads
    q = (x @ w_q).view(B, T, n_heads, d).transpose(1, 2)
    k = (x @ w_k).view(B, T, n_heads, d).transpose(1, 2)
    v = (x @ w_v).view(B, T, n_heads, d).transpose(1, 2)
    s = q @ k.transpose(-2, -1)
    if causal:
        s = s.masked_fill(torch.ones(T, T, dtype=torch.bool).triu(1), float("-inf"))
    return (s.softmax(-1) @ v).transpose(1, 2).reshape(B, T, C) @ w_o
