import torch


def sigmoid_backward(x: torch.Tensor, grad_out: torch.Tensor) -> torch.Tensor:
    """dL/dx for y = sigmoid(x), given grad_out = dL/dy (same shape as x)."""
    raise NotImplementedError
