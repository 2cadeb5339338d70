import torch


def numerical_gradient(A: torch.Tensor, x: torch.Tensor, eps: float) -> torch.Tensor:
    """Central-difference gradient of f(x) = tanh(A @ x).sum() at x: (D,) float64."""
    steps = eps * torch.eye(x.shape[0], dtype=x.dtype, device=x.device)  # (D, D): row i is eps * e_i
    plus = torch.tanh((x + steps) @ A.T).sum(dim=1)  # (D, D) @ (D, M) -> (D, M) -> (D,): f(x + eps e_i)
    minus = torch.tanh((x - steps) @ A.T).sum(dim=1)  # (D,): f(x - eps e_i)
    return (plus - minus) / (2 * eps)  # (D,)
