import torch


def squared_errors(pred: torch.Tensor, target: torch.Tensor) -> torch.Tensor:
    """pred: (N, 1), target: (N,) -> (N,) squared error per sample."""
    return (pred.squeeze(1) - target) ** 2  # (N, 1) -> (N,), minus (N,) -> (N,): one error per sample
