import torch


def nearest_centroid(x: torch.Tensor, centroids: torch.Tensor) -> torch.Tensor:
    """x: (N, D), centroids: (K, D) -> (N,) int64 index of the nearest centroid of every point."""
    difference = x.unsqueeze(1) - centroids.unsqueeze(0)  # (N, 1, D) - (1, K, D) -> (N, K, D)
    squared = difference.pow(2).sum(dim=-1)  # (N, K, D) -> (N, K)
    return squared.argmin(dim=1)  # (N, K) -> (N,): the best centroid per point
