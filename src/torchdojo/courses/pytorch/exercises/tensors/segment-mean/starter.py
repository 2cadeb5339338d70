import torch


def segment_mean(x: torch.Tensor, segment: torch.Tensor, num_segments: int) -> torch.Tensor:
    """x: (N, D), segment: (N,) int64 in [0, S) -> (S, D) per-segment means, zeros for empty segments."""
    raise NotImplementedError
