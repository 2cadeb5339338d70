import torch


def pairwise_distances(a: torch.Tensor, b: torch.Tensor) -> torch.Tensor:
    """a: (N, D), b: (M, D) -> (N, M) Euclidean distances, same dtype as the inputs."""
    difference = a[:, None, :] - b[None, :, :]  # (N, M, D) by broadcasting
    return difference.pow(2).sum(dim=-1).sqrt()  # (N, M)
