import torch


def safe_log(x: torch.Tensor) -> torch.Tensor:
    """log(x) where x > 0, 0 elsewhere; same shape and dtype as x."""
    return torch.where(x > 0, torch.log(x), 0.0)  # x's shape; the NaN/-inf of log are never selected
