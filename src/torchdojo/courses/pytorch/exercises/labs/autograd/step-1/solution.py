import torch


def square_grad(x: torch.Tensor) -> torch.Tensor:
    """The gradient of sum(x ** 2) with respect to x, computed with autograd."""
    w = x.clone().requires_grad_(True)  # a leaf that autograd tracks; x stays untouched
    f = (w**2).sum()  # a scalar: backward() needs one number to differentiate
    f.backward()  # fills w.grad with df/dw
    return w.grad
