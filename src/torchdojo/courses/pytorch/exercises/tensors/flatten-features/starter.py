import torch


def flatten_features(x: torch.Tensor) -> torch.Tensor:
    """x: (N, d1, d2, ...) -> (N, d1 * d2 * ...)."""
    raise NotImplementedError
