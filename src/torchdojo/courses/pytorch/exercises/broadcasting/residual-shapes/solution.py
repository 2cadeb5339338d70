import torch


def residuals(pred: torch.Tensor, target: torch.Tensor) -> torch.Tensor:
    """pred: (N, 1), target: (N,) -> (N,) with pred[i, 0] - target[i]."""
    flat = pred.squeeze(1)  # (N, 1) -> (N,): only the output axis goes, N = 1 keeps its batch axis
    return flat - target  # (N,) - (N,) -> (N,)
