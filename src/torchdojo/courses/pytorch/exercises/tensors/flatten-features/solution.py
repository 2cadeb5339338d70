import torch


def flatten_features(x: torch.Tensor) -> torch.Tensor:
    """x: (N, d1, d2, ...) -> (N, d1 * d2 * ...)."""
    return x.flatten(start_dim=1)  # (N, d1 * d2 * ...); a view when the strides allow, else a copy
