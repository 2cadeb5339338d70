import torch


def fit_linear(
    x: torch.Tensor, y: torch.Tensor, steps: int = 300, lr: float = 0.1
) -> tuple[torch.Tensor, torch.Tensor]:
    """x (N, D), y (N,) -> (w (D,), b ()) fitted by gradient descent on the mean squared error."""
    n = x.shape[0]
    w = torch.zeros(x.shape[1], dtype=x.dtype)  # (D,)
    b = torch.zeros((), dtype=x.dtype)  # ()
    for _step in range(steps):
        residual = x @ w + b - y  # (N,)
        w = w - lr * 2 * (x.T @ residual) / n  # dL/dw = 2/N · xᵀ r
        b = b - lr * 2 * residual.mean()  # dL/db = 2/N · Σ r
    return w, b
