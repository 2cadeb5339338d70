import torch


def predicted_class(logits: torch.Tensor) -> torch.Tensor:
    """logits: (N, C) -> (N,) int64, the index of the largest score in each row."""
    return logits.argmax(dim=1)  # (N,) int64: reduce over the C classes of each row
