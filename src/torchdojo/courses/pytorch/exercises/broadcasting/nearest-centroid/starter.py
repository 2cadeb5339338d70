import torch


def nearest_centroid(x: torch.Tensor, centroids: torch.Tensor) -> torch.Tensor:
    """x: (N, D), centroids: (K, D) -> (N,) int64 index of the nearest centroid of every point."""
    raise NotImplementedError
