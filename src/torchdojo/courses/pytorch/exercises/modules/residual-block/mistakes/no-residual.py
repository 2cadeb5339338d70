# expect: failed values : add the block's input back
import torch
import torch.nn.functional as F


def residual_block(x, ln_weight, ln_bias, w1, b1, w2, b2):
    h = F.layer_norm(x, (x.shape[-1],), ln_weight, ln_bias)
    return torch.relu(h @ w1.T + b1) @ w2.T + b2
