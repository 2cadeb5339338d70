# expect: failed values : differs from the reference
import torch
import torch.nn.functional as F


def residual_block(x, ln_weight, ln_bias, w1, b1, w2, b2):
    x = F.layer_norm(x, (x.shape[-1],), ln_weight, ln_bias)
    return x + torch.relu(x @ w1.T + b1) @ w2.T + b2
