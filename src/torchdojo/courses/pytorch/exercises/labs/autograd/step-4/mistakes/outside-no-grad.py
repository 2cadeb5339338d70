# expect: error runs
import torch


def descend(w, x, y, lr, steps):
    w = w.clone().requires_grad_(True)
    for _ in range(steps):
        ((x @ w - y) ** 2).mean().backward()
        w = w - lr * w.grad
        w.grad = None
    return w.detach()
