import torch


def batch_matmul(a: torch.Tensor, b: torch.Tensor) -> torch.Tensor:
    """a: (B, N, K), b: (B, K, M) -> (B, N, M), out[i] = a[i] @ b[i]."""
    raise NotImplementedError
