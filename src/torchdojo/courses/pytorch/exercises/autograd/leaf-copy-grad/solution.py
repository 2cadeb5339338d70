import torch


def logsumexp_grad(x: torch.Tensor) -> torch.Tensor:
    """d/dx of torch.logsumexp(x.reshape(-1), dim=0), found with autograd; same shape as x."""
    x_leaf = x.detach().clone().requires_grad_(True)  # a new leaf, same shape; the caller's x is untouched
    value = torch.logsumexp(x_leaf.reshape(-1), dim=0)  # (numel,) -> 0-dim
    value.backward()  # fills x_leaf.grad, shape of x
    return x_leaf.grad
