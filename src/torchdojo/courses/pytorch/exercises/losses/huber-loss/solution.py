import torch


def huber_loss(
    prediction: torch.Tensor, target: torch.Tensor, delta: float = 1.0, reduction: str = "mean"
) -> torch.Tensor:
    """Quadratic below delta, linear above it; reduced by 'mean', 'sum' or 'none'."""
    error = (prediction - target).abs()  # (*)
    loss = torch.where(error <= delta, 0.5 * error**2, delta * (error - 0.5 * delta))  # (*)
    if reduction == "none":
        return loss
    if reduction == "sum":
        return loss.sum()  # ()
    if reduction == "mean":
        return loss.mean()  # ()
    raise ValueError(f"unknown reduction {reduction!r}")
