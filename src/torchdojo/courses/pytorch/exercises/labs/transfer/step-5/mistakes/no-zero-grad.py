# expect: failed values
import torch
from torch import nn


def train_head(head, features, labels, lr, epochs):
    optimizer = torch.optim.SGD(head.parameters(), lr=lr)
    criterion = nn.CrossEntropyLoss()
    history = []
    for _ in range(epochs):
        loss = criterion(head(features), labels)
        loss.backward()
        optimizer.step()
        history.append(loss.item())
    return history
