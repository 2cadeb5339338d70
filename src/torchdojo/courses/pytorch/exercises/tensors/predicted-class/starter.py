import torch


def predicted_class(logits: torch.Tensor) -> torch.Tensor:
    """logits: (N, C) -> (N,) int64, the index of the largest score in each row."""
    raise NotImplementedError
