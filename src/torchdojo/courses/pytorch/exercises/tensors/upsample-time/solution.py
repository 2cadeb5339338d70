import torch


def upsample_time(x: torch.Tensor, factor: int) -> torch.Tensor:
    """x: (B, T, D) -> (B, T * factor, D), each frame repeated `factor` times in a row."""
    return x.repeat_interleave(factor, dim=1)  # (B, T * factor, D): a a b b, not a b a b
