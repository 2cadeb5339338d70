import torch


def mse_grad(w: torch.Tensor, x: torch.Tensor, y: torch.Tensor) -> torch.Tensor:
    """w: (F,), x: (N, F), y: (N,) -> d mean((x @ w - y) ** 2) / dw, shape (F,)."""
    w = w.clone().requires_grad_(True)
    predictions = x @ w  # (N, F) @ (F,) -> (N,)
    loss = ((predictions - y) ** 2).mean()  # scalar
    loss.backward()
    return w.grad  # (F,)
