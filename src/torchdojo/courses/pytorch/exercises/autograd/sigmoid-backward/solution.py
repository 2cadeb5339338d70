import torch


def sigmoid_backward(x: torch.Tensor, grad_out: torch.Tensor) -> torch.Tensor:
    """dL/dx for y = sigmoid(x), given grad_out = dL/dy (same shape as x)."""
    s = torch.sigmoid(x)  # same shape as x, in [0, 1]: finite for any x
    return grad_out * s * (1 - s)  # chain rule, element by element
