import torch
from torch import nn


def evaluate(model: nn.Module, x: torch.Tensor, y: torch.Tensor) -> dict:
    """{'logits': model(x) without a graph, 'loss': mean cross-entropy as a Python float}."""
    raise NotImplementedError
