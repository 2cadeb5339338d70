import torch


def pad_right(x: torch.Tensor, length: int) -> torch.Tensor:
    """x: (B, T, *rest) -> (B, length, *rest), zeros after step T; dtype and device of x."""
    padded = x.new_zeros((x.shape[0], length, *x.shape[2:]))  # (B, length, *rest), x's dtype and device
    padded[:, : x.shape[1]] = x  # the first T steps are x; padded is ours, so writing into it is fine
    return padded
