import torch


def mse_grad(w: torch.Tensor, x: torch.Tensor, y: torch.Tensor) -> torch.Tensor:
    """w: (F,), x: (N, F), y: (N,) -> d mean((x @ w - y) ** 2) / dw, shape (F,)."""
    raise NotImplementedError
