import torch


def logsumexp_grad(x: torch.Tensor) -> torch.Tensor:
    """d/dx of torch.logsumexp(x.reshape(-1), dim=0), found with autograd; same shape as x."""
    raise NotImplementedError
