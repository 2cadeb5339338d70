import torch


def pad_right(x: torch.Tensor, length: int, value: float) -> torch.Tensor:
    """x: (N, L) -> (N, length), x on the left and value on the right, x's dtype and device."""
    raise NotImplementedError
