import torch


def causal_mask(size: int, device) -> torch.Tensor:
    """(size, size) bool on `device`: True where column j <= row i."""
    return torch.ones(size, size, dtype=torch.bool, device=device).tril()  # (T, T), lower triangle kept
