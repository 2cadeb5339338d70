import torch


def residuals(pred: torch.Tensor, target: torch.Tensor) -> torch.Tensor:
    """pred: (N, 1), target: (N,) -> (N,) with pred[i, 0] - target[i]."""
    raise NotImplementedError
