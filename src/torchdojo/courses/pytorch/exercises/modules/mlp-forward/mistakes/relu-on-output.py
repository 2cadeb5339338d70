# expect: failed values : differs from the reference
import torch


def mlp_forward(x, w1, b1, w2, b2):
    return torch.relu(torch.relu(x @ w1.T + b1) @ w2.T + b2)
