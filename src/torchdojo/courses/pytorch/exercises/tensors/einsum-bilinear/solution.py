import torch


def bilinear_scores(x: torch.Tensor, W: torch.Tensor, y: torch.Tensor) -> torch.Tensor:
    """x: (N, D), W: (D, E), y: (N, E) -> (N,) with result[n] = x[n] @ W @ y[n]."""
    return torch.einsum("nd,de,ne->n", x, W, y)  # (N,): d and e are summed, n is kept
