import torch


def l1_loss(prediction: torch.Tensor, target: torch.Tensor, reduction: str = "mean") -> torch.Tensor:
    """Absolute error |prediction - target|, reduced by 'mean', 'sum' or 'none'."""
    absolute = (prediction - target).abs()  # (*): one loss per element
    if reduction == "none":
        return absolute
    if reduction == "sum":
        return absolute.sum()  # ()
    if reduction == "mean":
        return absolute.mean()  # ()
    raise ValueError(f"unknown reduction {reduction!r}")
