# expect: failed values : running sum of all gradients
import torch


def sgd_steps(w, X, y, lr, steps):
    w = w.detach().clone().requires_grad_(True)
    for _ in range(steps):
        ((X @ w - y) ** 2).mean().backward()
        with torch.no_grad():
            w -= lr * w.grad
    return w.detach()
