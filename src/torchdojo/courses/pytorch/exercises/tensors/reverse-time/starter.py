import torch


def reverse_time(x: torch.Tensor) -> torch.Tensor:
    """x: (B, T, D) -> (B, T, D), each sequence reversed along T."""
    raise NotImplementedError
