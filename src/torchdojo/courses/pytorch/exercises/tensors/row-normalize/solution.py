import torch


def row_normalize(x: torch.Tensor) -> torch.Tensor:
    """x: (N, D) -> (N, D), every row divided by its L2 norm (zero rows stay zero)."""
    lengths = x.norm(dim=1, keepdim=True)  # (N, 1): keepdim so it broadcasts across the D columns
    return x / lengths.clamp_min(1e-12)  # (N, D); a zero row is 0 / 1e-12 = 0, not 0 / 0 = NaN
