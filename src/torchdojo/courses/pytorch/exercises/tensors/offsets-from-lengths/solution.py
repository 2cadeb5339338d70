import torch


def offsets_from_lengths(lengths: torch.Tensor) -> torch.Tensor:
    """lengths: (N,) int64 -> (N + 1,) int64 start offsets, beginning with 0 and ending with the total."""
    ends = lengths.cumsum(dim=0)  # (N,): where each piece ends
    return torch.cat([lengths.new_zeros(1), ends])  # (N + 1,), int64 like lengths
