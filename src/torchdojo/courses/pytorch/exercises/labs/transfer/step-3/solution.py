import torch
from torch import nn


def trainable_parameters(model: nn.Module) -> list:
    """The parameters of model that will train (requires_grad is True)."""
    return [parameter for parameter in model.parameters() if parameter.requires_grad]


# The grader calls this to see what the optimizer manages; no need to change it.
def optimizer_report(model):
    optimizer = torch.optim.SGD(trainable_parameters(model), lr=0.1)
    managed = [p for group in optimizer.param_groups for p in group["params"]]
    return {"tensors": len(managed), "numbers": sum(p.numel() for p in managed)}
