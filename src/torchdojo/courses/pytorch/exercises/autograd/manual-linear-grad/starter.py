import torch


def linear_backward(x: torch.Tensor, w: torch.Tensor, grad_out: torch.Tensor):
    """y = x @ w.T + b with x (B, I), w (O, I); grad_out = dL/dy (B, O) -> (grad_x, grad_w, grad_b)."""
    raise NotImplementedError
