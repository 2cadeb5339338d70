import torch


def descend(w, x, y, lr, steps):
    """steps of gradient descent on mean((x @ w - y) ** 2), from w; returns the final (F,) weights."""
    w = w.clone().requires_grad_(True)
    for _ in range(steps):
        loss = ((x @ w - y) ** 2).mean()
        loss.backward()
        with torch.no_grad():  # the update is bookkeeping, not part of the function being differentiated
            w -= lr * w.grad
        w.grad = None  # the next step's gradient starts from zero
    return w.detach()
