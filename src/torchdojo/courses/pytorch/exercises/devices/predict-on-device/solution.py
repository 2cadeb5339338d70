import torch
from torch import nn


def predict(model: nn.Module, x: torch.Tensor, device: str) -> torch.Tensor:
    """Model outputs for x computed on device: eval mode, no autograd graph."""
    model.to(device)  # parameters and buffers move in place
    model.eval()  # dropout off
    with torch.no_grad():  # no graph: the output does not require grad
        return model(x.to(device))  # (B, I) on device -> (B, O) on device
