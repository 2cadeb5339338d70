# expect: failed values : first layers
from torch import nn


def count_trainable_after_freeze(model, train_last):
    linears = [m for m in model.modules() if isinstance(m, nn.Linear)]
    for index, layer in enumerate(linears):
        layer.requires_grad_(index < train_last)
    return sum(p.numel() for p in model.parameters() if p.requires_grad)
