import torch


def pad_right(x: torch.Tensor, length: int, value: float) -> torch.Tensor:
    """x: (N, L) -> (N, length), x on the left and value on the right, x's dtype and device."""
    out = torch.full((x.shape[0], length), value, dtype=x.dtype, device=x.device)  # (N, length)
    out[:, : x.shape[1]] = x  # the left (N, L) block is x
    return out
