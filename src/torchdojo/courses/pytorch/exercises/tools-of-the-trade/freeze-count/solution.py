from torch import nn


def count_trainable_after_freeze(model: nn.Module, train_last: int) -> int:
    """Freeze every nn.Linear except the last train_last; return how many parameter elements still train."""
    linears = [module for module in model.modules() if isinstance(module, nn.Linear)]
    first_trainable = len(linears) - train_last  # index of the first layer that keeps training
    for index, layer in enumerate(linears):
        layer.requires_grad_(index >= first_trainable)  # sets weight and bias together
    return sum(parameter.numel() for parameter in model.parameters() if parameter.requires_grad)
