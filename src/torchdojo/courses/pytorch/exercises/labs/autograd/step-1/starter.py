import torch


def square_grad(x: torch.Tensor) -> torch.Tensor:
    """The gradient of sum(x ** 2) with respect to x, computed with autograd."""
    raise NotImplementedError
