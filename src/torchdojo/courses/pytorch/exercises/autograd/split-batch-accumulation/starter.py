import torch
from torch import nn


def accumulate_two_halves(model: nn.Module, x: torch.Tensor, y: torch.Tensor) -> None:
    """Leave the gradients of F.mse_loss(model(x), y) in the model's .grad, using two micro-batches."""
    raise NotImplementedError
