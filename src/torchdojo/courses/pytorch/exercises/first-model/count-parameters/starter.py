from torch import nn


def count_parameters(model: nn.Module) -> int:
    """The number of trainable values (elements of parameters with requires_grad=True) in model."""
    raise NotImplementedError
