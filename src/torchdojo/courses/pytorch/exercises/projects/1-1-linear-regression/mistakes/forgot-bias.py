# expect: failed score : least-squares optimum
import torch


def fit_linear(x, y, steps=300, lr=0.1):
    w = torch.zeros(x.shape[1])
    for _ in range(steps):
        residual = x @ w - y
        w = w - lr * 2 * x.T @ residual / len(x)
    return w, torch.zeros(())
