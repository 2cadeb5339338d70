import torch


def batch_mse(pred: torch.Tensor, target: torch.Tensor) -> torch.Tensor:
    """Mean squared error between pred (B, 1) and target (B,) or (B, 1), row by row; a 0-dim tensor."""
    # (B, 1) - (B,) broadcasts to (B, B): every prediction against every target. Flatten both first.
    difference = pred.reshape(-1) - target.reshape(-1)  # (B,)
    return (difference**2).mean()  # ()
