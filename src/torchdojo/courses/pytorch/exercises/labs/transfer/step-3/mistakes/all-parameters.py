# expect: failed values
import torch


def trainable_parameters(model):
    return list(model.parameters())


def optimizer_report(model):
    optimizer = torch.optim.SGD(trainable_parameters(model), lr=0.1)
    managed = [p for group in optimizer.param_groups for p in group["params"]]
    return {"tensors": len(managed), "numbers": sum(p.numel() for p in managed)}
