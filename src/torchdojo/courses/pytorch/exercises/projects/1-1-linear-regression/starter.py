import torch


def fit_linear(
    x: torch.Tensor, y: torch.Tensor, steps: int = 300, lr: float = 0.1
) -> tuple[torch.Tensor, torch.Tensor]:
    """x (N, D), y (N,) -> (w (D,), b ()) fitted by gradient descent on the mean squared error."""
    raise NotImplementedError
