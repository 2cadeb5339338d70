# expect: failed values
import torch


def descend(w, x, y, lr, steps):
    w = w.clone().requires_grad_(True)
    for _ in range(steps):
        ((x @ w - y) ** 2).mean().backward()
        with torch.no_grad():
            w -= lr * w.grad
    return w.detach()
