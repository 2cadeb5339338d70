import torch
from torch import nn


def layer_output_shapes(model: nn.Sequential, x: torch.Tensor) -> list:
    """One tuple per layer: the shape of that layer's output when x flows through the model."""
    shapes = []
    h = x
    for layer in model:  # an nn.Sequential iterates over its layers in order
        h = layer(h)  # each layer consumes the previous layer's output
        shapes.append(tuple(h.shape))
    return shapes
