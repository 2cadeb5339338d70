from torch import nn


def count_parameters(model: nn.Module) -> int:
    """The number of trainable values (elements of parameters with requires_grad=True) in model."""
    # parameters() yields whole tensors (a (out, in) weight, an (out,) bias); numel() counts their values.
    # Buffers such as BatchNorm's running_mean are not parameters, so they never appear here.
    return sum(parameter.numel() for parameter in model.parameters() if parameter.requires_grad)
