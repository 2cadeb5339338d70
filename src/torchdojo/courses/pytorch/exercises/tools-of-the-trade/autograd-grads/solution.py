import torch


def mse_gradients(weight: torch.Tensor, bias: torch.Tensor, x: torch.Tensor, y: torch.Tensor) -> dict:
    """Mean squared error of x @ weight.T + bias against y, and its gradients with respect to weight (O, I)
    and bias (O,), found with autograd: {"loss": float, "weight": Tensor, "bias": Tensor}."""
    w = weight.detach().clone().requires_grad_(True)  # (O, I) leaf copy: the caller's tensor is untouched
    b = bias.detach().clone().requires_grad_(True)  # (O,)
    prediction = x @ w.T + b  # (B, I) @ (I, O) -> (B, O), bias broadcast over B
    loss = ((prediction - y) ** 2).mean()  # mean over all B * O entries
    loss.backward()  # fills w.grad and b.grad, once
    return {"loss": loss.item(), "weight": w.grad, "bias": b.grad}
