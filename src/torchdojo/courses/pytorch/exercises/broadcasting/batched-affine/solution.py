import torch


def batched_affine(points: torch.Tensor, A: torch.Tensor, t: torch.Tensor) -> torch.Tensor:
    """points: (B, N, D), A: (B, D, D), t: (B, D) -> (B, N, D) with y[b, n] = A[b] @ points[b, n] + t[b]."""
    mapped = points @ A.transpose(1, 2)  # (B, N, D) @ (B, D, D) -> (B, N, D): row n is A[b] @ points[b, n]
    return mapped + t.unsqueeze(1)  # (B, N, D) + (B, 1, D): one shift per cloud, shared by its points
