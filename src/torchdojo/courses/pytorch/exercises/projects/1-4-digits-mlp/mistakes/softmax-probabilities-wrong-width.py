# expect: failed shape : expected (450, 10)
import torch
import torch.nn.functional as F
from torch import nn


def train_digits_mlp(x_train, y_train):
    torch.manual_seed(0)
    model = nn.Sequential(nn.Linear(64, 64), nn.ReLU(), nn.Linear(64, 9))
    optimizer = torch.optim.Adam(model.parameters(), lr=1e-2)
    for _ in range(30):
        optimizer.zero_grad()
        loss = F.cross_entropy(model(x_train), y_train.clamp(max=8))
        loss.backward()
        optimizer.step()
    return model
