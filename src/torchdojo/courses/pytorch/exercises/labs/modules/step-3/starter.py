import torch
from torch import nn


def layer_output_shapes(model: nn.Sequential, x: torch.Tensor) -> list:
    """One tuple per layer: the shape of that layer's output when x flows through the model."""
    raise NotImplementedError
