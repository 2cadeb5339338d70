# expect: failed type : expected a tensor
import torch


def fit_linear(x, y, steps=300, lr=0.1):
    w = torch.zeros(x.shape[1])
    b = 0.0
    for _ in range(steps):
        residual = x @ w + b - y
        w = w - lr * 2 * x.T @ residual / len(x)
        b = b - lr * 2 * float(residual.mean())
    return w, b
