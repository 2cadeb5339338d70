import torch


def softmax(x: torch.Tensor, dim: int) -> torch.Tensor:
    """Softmax of x along dim (negative dims allowed), numerically stable; same shape and dtype as x."""
    shifted = x - x.amax(dim=dim, keepdim=True)  # size 1 along dim, broadcasts back: the maximum becomes 0
    exps = shifted.exp()  # same shape as x, each entry in (0, 1]
    return exps / exps.sum(dim=dim, keepdim=True)  # the sum keeps dim as size 1; it is ≥ 1
