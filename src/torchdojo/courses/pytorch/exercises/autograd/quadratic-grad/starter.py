import torch


def quadratic_grad(A: torch.Tensor, b: torch.Tensor, x: torch.Tensor) -> torch.Tensor:
    """Gradient of f(x) = x @ A @ x + b @ x at x, for A (D, D) and b, x (D,) -> (D,)."""
    raise NotImplementedError
