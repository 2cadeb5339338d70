import torch


def masked_max(x: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
    """x: (N, T), mask: (N, T) bool -> (N,) max over masked-in entries, 0 for an all-padding row."""
    raise NotImplementedError
