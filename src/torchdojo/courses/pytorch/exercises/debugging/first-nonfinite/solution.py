import torch


def first_nonfinite(losses: torch.Tensor) -> int:
    """Index of the first NaN or ±inf in the 1-D tensor losses, or -1 if there is none."""
    bad = (~torch.isfinite(losses)).nonzero()  # (K, 1): indices of NaN and ±inf, ascending
    return int(bad[0, 0]) if len(bad) else -1
