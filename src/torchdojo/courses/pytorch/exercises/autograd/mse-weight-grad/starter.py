import torch


def mse_weight_grad(X: torch.Tensor, y: torch.Tensor, w: torch.Tensor) -> torch.Tensor:
    """X (N, D), y (N,), w (D,) -> (D,): gradient of mean((X @ w - y) ** 2) with respect to w."""
    raise NotImplementedError
