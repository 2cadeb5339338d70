import torch


def mse_loss(prediction: torch.Tensor, target: torch.Tensor, reduction: str = "mean") -> torch.Tensor:
    """Squared error (prediction - target) ** 2, reduced by 'mean', 'sum' or 'none'."""
    squared = (prediction - target) ** 2  # (*): one loss per element
    if reduction == "none":
        return squared
    if reduction == "sum":
        return squared.sum()  # (): 0 for an empty input
    if reduction == "mean":
        return squared.mean()  # (): divides by the number of elements
    raise ValueError(f"unknown reduction {reduction!r}")
