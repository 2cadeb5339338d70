import torch


def predict(model: torch.nn.Module, x: torch.Tensor) -> torch.Tensor:
    """model(x) in eval mode and without gradients; the model's mode is restored afterwards."""
    raise NotImplementedError
