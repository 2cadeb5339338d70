import torch


def input_gradient(x: torch.Tensor, w1: torch.Tensor, w2: torch.Tensor) -> torch.Tensor:
    """x: (B, D), w1: (D, H), w2: (H,) -> d/dx of sum_b tanh(x[b] @ w1) @ w2, shape (B, D)."""
    x_leaf = x.detach().clone().requires_grad_(True)  # (B, D): a leaf of our own; the caller's x is untouched
    scores = torch.tanh(x_leaf @ w1) @ w2  # (B, D) @ (D, H) -> (B, H), @ (H,) -> (B,)
    (grad,) = torch.autograd.grad(scores.sum(), x_leaf)  # backward needs a scalar: sum the per-input scores
    return grad  # (B, D)
