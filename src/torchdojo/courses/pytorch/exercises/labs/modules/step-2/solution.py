from torch import nn


def count_parameters(model: nn.Module) -> int:
    """How many trainable numbers (elements of parameters with requires_grad) the model has."""
    return sum(p.numel() for p in model.parameters() if p.requires_grad)
