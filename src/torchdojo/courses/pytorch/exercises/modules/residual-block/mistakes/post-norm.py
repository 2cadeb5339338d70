# expect: failed values : post-norm
import torch
import torch.nn.functional as F


def residual_block(x, ln_weight, ln_bias, w1, b1, w2, b2):
    out = x + torch.relu(x @ w1.T + b1) @ w2.T + b2
    return F.layer_norm(out, (x.shape[-1],), ln_weight, ln_bias)
