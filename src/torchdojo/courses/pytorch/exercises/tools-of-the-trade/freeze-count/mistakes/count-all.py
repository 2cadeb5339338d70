# expect: failed values : includes the frozen layers
from torch import nn


def count_trainable_after_freeze(model, train_last):
    linears = [m for m in model.modules() if isinstance(m, nn.Linear)]
    for layer in linears[: len(linears) - train_last]:
        layer.requires_grad_(False)
    return sum(p.numel() for p in model.parameters())
