# expect: error runs : scalar outputs
import torch


def input_gradient(x, w1, w2):
    x_leaf = x.detach().clone().requires_grad_(True)
    scores = torch.tanh(x_leaf @ w1) @ w2
    scores.backward()
    return x_leaf.grad
