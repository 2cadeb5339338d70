import torch


def linear_backward(x: torch.Tensor, w: torch.Tensor, grad_out: torch.Tensor):
    """y = x @ w.T + b with x (B, I), w (O, I); grad_out = dL/dy (B, O) -> (grad_x, grad_w, grad_b)."""
    # y[n, o] = sum_i x[n, i] * w[o, i] + b[o]
    grad_x = grad_out @ w  # (B, O) @ (O, I) -> (B, I): dL/dx[n, i] = sum_o grad_out[n, o] w[o, i]
    grad_w = grad_out.T @ x  # (O, B) @ (B, I) -> (O, I): summed over the batch
    grad_b = grad_out.sum(dim=0)  # (B, O) -> (O,): b is added to every row, so its gradient sums them
    return grad_x, grad_w, grad_b
