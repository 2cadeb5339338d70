import torch


def input_gradient(x: torch.Tensor, w1: torch.Tensor, w2: torch.Tensor) -> torch.Tensor:
    """x: (B, D), w1: (D, H), w2: (H,) -> d/dx of sum_b tanh(x[b] @ w1) @ w2, shape (B, D)."""
    raise NotImplementedError
