from torch import nn


def freeze(module: nn.Module) -> None:
    """Stop every parameter of module from training (requires_grad = False), in place."""
    raise NotImplementedError


# The grader calls this to look at your frozen module; no need to change it.
def frozen_report(backbone):
    freeze(backbone)
    trainable = [name for name, p in backbone.named_parameters() if p.requires_grad]
    frozen = sum(p.numel() for p in backbone.parameters() if not p.requires_grad)
    return {"trainable": trainable, "frozen_numbers": frozen}
