import torch
import torch.nn.functional as F
from torch import nn


def backward_with_frozen_first(model: nn.Sequential, x: torch.Tensor, y: torch.Tensor) -> None:
    """Freeze model[0], then backpropagate F.mse_loss(model(x), y) once."""
    model[0].requires_grad_(False)  # weight and bias: autograd will not compute their gradients
    loss = F.mse_loss(model(x), y)  # (B, I) -> (B, O) against (B, O) -> 0-dim
    loss.backward()  # fills .grad of the trainable parameters only
