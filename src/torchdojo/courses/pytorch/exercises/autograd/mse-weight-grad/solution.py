import torch


def mse_weight_grad(X: torch.Tensor, y: torch.Tensor, w: torch.Tensor) -> torch.Tensor:
    """X (N, D), y (N,), w (D,) -> (D,): gradient of mean((X @ w - y) ** 2) with respect to w."""
    residual = X @ w - y  # (N, D) @ (D,) -> (N,)
    return 2 * (X.T @ residual) / X.shape[0]  # (D, N) @ (N,) -> (D,): dL/dr = 2 r / N, pulled back through X
