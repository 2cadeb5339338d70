import torch


def last_k_columns(x: torch.Tensor, k: int) -> torch.Tensor:
    """x: (N, M) -> (N, k), the last k columns (0 <= k <= M)."""
    return x[:, x.shape[1] - k :]  # (N, k); an explicit start, so k = 0 gives (N, 0)
