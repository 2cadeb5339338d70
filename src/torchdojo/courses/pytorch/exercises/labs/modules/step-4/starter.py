import torch
from torch import nn


def predict(model: nn.Module, x: torch.Tensor) -> torch.Tensor:
    """(B, F) -> (B,) int64: the highest-scoring class per row, with dropout switched off."""
    raise NotImplementedError
