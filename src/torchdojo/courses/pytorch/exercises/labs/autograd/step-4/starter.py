import torch  # noqa: F401 (you will need it)


def descend(w, x, y, lr, steps):
    """steps of gradient descent on mean((x @ w - y) ** 2), from w; returns the final (F,) weights."""
    w = w.clone().requires_grad_(True)
    for _ in range(steps):
        raise NotImplementedError
    return w.detach()
