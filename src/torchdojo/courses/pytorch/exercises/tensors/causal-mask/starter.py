import torch


def causal_mask(size: int, device) -> torch.Tensor:
    """(size, size) bool on `device`: True where column j <= row i."""
    raise NotImplementedError
