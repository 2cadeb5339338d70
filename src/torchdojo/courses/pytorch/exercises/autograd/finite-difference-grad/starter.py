import torch


def numerical_gradient(A: torch.Tensor, x: torch.Tensor, eps: float) -> torch.Tensor:
    """Central-difference gradient of f(x) = tanh(A @ x).sum() at x: (D,) float64."""
    raise NotImplementedError
