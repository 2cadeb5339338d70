import torch


def lengths_to_mask(lengths: torch.Tensor, max_len: int) -> torch.Tensor:
    """lengths: (B,) int64 -> (B, max_len) bool, True where position < length."""
    raise NotImplementedError
