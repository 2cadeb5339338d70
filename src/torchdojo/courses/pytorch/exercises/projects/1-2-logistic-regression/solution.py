import torch


def train_logistic(
    x: torch.Tensor, y: torch.Tensor, steps: int = 500, lr: float = 0.5
) -> tuple[torch.Tensor, torch.Tensor]:
    """x (N, 30), y (N,) 0/1 -> (w (30,), b ()) by gradient descent with hand-derived gradients."""
    n = x.shape[0]
    w = torch.zeros(x.shape[1])  # (30,)
    b = torch.zeros(())
    for _step in range(steps):
        error = torch.sigmoid(x @ w + b) - y  # (N,): p - y
        w = w - lr * (x.T @ error) / n  # dBCE/dw = xᵀ(p − y) / N
        b = b - lr * error.mean()
    return w, b
