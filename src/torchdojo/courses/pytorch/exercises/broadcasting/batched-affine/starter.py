import torch


def batched_affine(points: torch.Tensor, A: torch.Tensor, t: torch.Tensor) -> torch.Tensor:
    """points: (B, N, D), A: (B, D, D), t: (B, D) -> (B, N, D) with y[b, n] = A[b] @ points[b, n] + t[b]."""
    raise NotImplementedError
