# expect: failed score : Conv2d
import torch
import torch.nn.functional as F
from torch import nn


def train_digits_cnn(images_train, labels_train):
    torch.manual_seed(0)
    model = nn.Sequential(nn.Flatten(), nn.Linear(64, 128), nn.ReLU(), nn.Linear(128, 10))
    optimizer = torch.optim.Adam(model.parameters(), lr=1e-2)
    for _ in range(60):
        optimizer.zero_grad()
        F.cross_entropy(model(images_train), labels_train).backward()
        optimizer.step()
    return model.eval()
