import torch


def segment_mean(x: torch.Tensor, segment: torch.Tensor, num_segments: int) -> torch.Tensor:
    """x: (N, D), segment: (N,) int64 in [0, S) -> (S, D) per-segment means, zeros for empty segments."""
    sums = x.new_zeros(num_segments, x.shape[1]).index_add_(0, segment, x)  # (S, D)
    counts = torch.bincount(segment, minlength=num_segments)  # (S,) int64, 0 for an empty segment
    counts = counts.clamp_min(1).to(x.dtype)  # (S,); an empty segment divides 0 by 1
    return sums / counts[:, None]  # (S, D) / (S, 1) -> (S, D)
