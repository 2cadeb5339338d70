import torch


def batch_mse(pred: torch.Tensor, target: torch.Tensor) -> torch.Tensor:
    """Mean squared error between pred (B, 1) and target (B,) or (B, 1), row by row; a 0-dim tensor."""
    raise NotImplementedError
