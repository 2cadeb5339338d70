# expect: failed type : where a Python int is expected
import torch


def count_parameters(model):
    total = torch.tensor(0)
    for p in model.parameters():
        if p.requires_grad:
            total += p.numel()
    return total
