import torch


def smoothed_cross_entropy(logits: torch.Tensor, target: torch.Tensor, smoothing: float) -> torch.Tensor:
    """logits: (N, C), target: (N,) int64 -> mean cross-entropy against label-smoothed targets, ()."""
    raise NotImplementedError
