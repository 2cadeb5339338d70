import torch
from torch import nn


def train_head(head: nn.Module, features: torch.Tensor, labels: torch.Tensor, lr: float, epochs: int) -> list:
    """Full-batch SGD with cross-entropy on (features, labels); returns the loss of each epoch."""
    raise NotImplementedError
