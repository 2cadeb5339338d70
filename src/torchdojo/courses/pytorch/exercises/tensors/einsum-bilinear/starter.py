import torch


def bilinear_scores(x: torch.Tensor, W: torch.Tensor, y: torch.Tensor) -> torch.Tensor:
    """x: (N, D), W: (D, E), y: (N, E) -> (N,) with result[n] = x[n] @ W @ y[n]."""
    raise NotImplementedError
