import torch


def sliding_windows(x: torch.Tensor, size: int, step: int) -> torch.Tensor:
    """x: (B, T) -> (B, W, size) windows starting every `step` samples, W = (T - size) // step + 1."""
    return x.unfold(1, size, step)  # (B, T) -> (B, W, size), a view that shares x's memory
