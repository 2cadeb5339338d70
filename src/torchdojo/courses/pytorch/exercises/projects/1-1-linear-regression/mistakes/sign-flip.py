# expect: failed score : least-squares optimum
import torch


def fit_linear(x, y, steps=300, lr=0.1):
    w = torch.zeros(x.shape[1])
    b = torch.zeros(())
    for _ in range(steps):
        residual = x @ w + b - y
        w = w + lr * 2 * x.T @ residual / len(x)
        b = b + lr * 2 * residual.mean()
    return w, b
