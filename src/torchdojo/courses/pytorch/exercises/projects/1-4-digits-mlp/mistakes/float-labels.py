# expect: error runs : must match
import torch
from torch import nn


def train_digits_mlp(x_train, y_train):
    model = nn.Sequential(nn.Linear(64, 128), nn.ReLU(), nn.Linear(128, 10))
    optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
    for _ in range(10):
        optimizer.zero_grad()
        loss = nn.MSELoss()(model(x_train), y_train)
        loss.backward()
        optimizer.step()
    return model
