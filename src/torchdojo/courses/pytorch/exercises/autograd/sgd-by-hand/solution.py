import torch


def sgd_steps(w: torch.Tensor, X: torch.Tensor, y: torch.Tensor, lr: float, steps: int) -> torch.Tensor:
    """Run `steps` gradient-descent steps on mean((X @ w - y) ** 2) from w; return the final (D,) weights."""
    weights = w.detach().clone().requires_grad_(True)  # (D,) leaf of our own
    for _ in range(steps):
        loss = ((X @ weights - y) ** 2).mean()  # (N, D) @ (D,) -> (N,) -> 0-dim
        loss.backward()  # weights.grad = dL/dw, (D,)
        with torch.no_grad():  # the update is not part of any graph
            weights -= lr * weights.grad  # in place: weights stays the same leaf
        weights.grad.zero_()  # the next backward starts from 0
    return weights.detach()
