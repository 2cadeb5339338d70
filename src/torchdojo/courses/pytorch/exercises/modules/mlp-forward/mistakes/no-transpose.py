# expect: error runs : cannot be multiplied
import torch


def mlp_forward(x, w1, b1, w2, b2):
    return torch.relu(x @ w1 + b1) @ w2 + b2
