# expect: failed values : linears[-0:] is the whole list
from torch import nn


def count_trainable_after_freeze(model, train_last):
    model.requires_grad_(False)
    for layer in [m for m in model.modules() if isinstance(m, nn.Linear)][-train_last:]:
        layer.requires_grad_(True)
    return sum(p.numel() for p in model.parameters() if p.requires_grad)
