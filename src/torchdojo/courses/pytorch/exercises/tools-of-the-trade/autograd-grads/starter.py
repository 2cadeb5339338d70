import torch


def mse_gradients(weight: torch.Tensor, bias: torch.Tensor, x: torch.Tensor, y: torch.Tensor) -> dict:
    """Mean squared error of x @ weight.T + bias against y, and its gradients with respect to weight (O, I)
    and bias (O,), found with autograd: {"loss": float, "weight": Tensor, "bias": Tensor}."""
    raise NotImplementedError
