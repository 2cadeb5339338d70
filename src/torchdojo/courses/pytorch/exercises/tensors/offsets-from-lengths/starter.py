import torch


def offsets_from_lengths(lengths: torch.Tensor) -> torch.Tensor:
    """lengths: (N,) int64 -> (N + 1,) int64 start offsets, beginning with 0 and ending with the total."""
    raise NotImplementedError
