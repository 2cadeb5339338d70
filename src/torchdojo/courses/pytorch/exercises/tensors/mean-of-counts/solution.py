import torch


def mean_of_counts(counts: torch.Tensor) -> torch.Tensor:
    """counts: (N, D) int64 -> (N,) float32 row means."""
    return counts.to(torch.float32).mean(dim=1)  # (N, D) float32 -> (N,): convert before averaging
