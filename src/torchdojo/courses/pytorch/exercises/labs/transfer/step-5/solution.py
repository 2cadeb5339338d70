import torch
from torch import nn


def train_head(head: nn.Module, features: torch.Tensor, labels: torch.Tensor, lr: float, epochs: int) -> list:
    """Full-batch SGD with cross-entropy on (features, labels); returns the loss of each epoch."""
    optimizer = torch.optim.SGD(head.parameters(), lr=lr)
    criterion = nn.CrossEntropyLoss()  # expects raw scores (N, C) and int64 labels (N,)
    history = []
    for _ in range(epochs):
        optimizer.zero_grad()
        loss = criterion(head(features), labels)  # features: (N, D) -> scores (N, C)
        loss.backward()
        optimizer.step()
        history.append(loss.item())
    return history
