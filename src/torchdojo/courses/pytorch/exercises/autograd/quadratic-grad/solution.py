import torch


def quadratic_grad(A: torch.Tensor, b: torch.Tensor, x: torch.Tensor) -> torch.Tensor:
    """Gradient of f(x) = x @ A @ x + b @ x at x, for A (D, D) and b, x (D,) -> (D,)."""
    # d/dx_k of sum_ij x_i A_ij x_j = (A x)_k + (A^T x)_k: x_k sits in a row and in a column of A
    return (A + A.T) @ x + b  # (D, D) @ (D,) -> (D,), plus (D,)
