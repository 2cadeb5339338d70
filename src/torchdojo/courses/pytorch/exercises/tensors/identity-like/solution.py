import torch


def identity_like(x: torch.Tensor) -> torch.Tensor:
    """x: (N, N) -> (N, N) identity with x's dtype and device."""
    return torch.eye(x.shape[0], dtype=x.dtype, device=x.device)  # (N, N), built where x lives
