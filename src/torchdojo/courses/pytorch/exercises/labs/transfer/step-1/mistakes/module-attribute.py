# expect: failed
from torch import nn


def freeze(module):
    module.requires_grad = False


def frozen_report(backbone):
    freeze(backbone)
    trainable = [name for name, p in backbone.named_parameters() if p.requires_grad]
    frozen = sum(p.numel() for p in backbone.parameters() if not p.requires_grad)
    return {"trainable": trainable, "frozen_numbers": frozen}
