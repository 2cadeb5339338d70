import torch


def two_gradients(w: torch.Tensor, x: torch.Tensor):
    """(d loss_a / dw, d loss_b / dw) for h = tanh(x @ w), loss_a = h.sum(), loss_b = (h ** 2).mean()."""
    raise NotImplementedError
