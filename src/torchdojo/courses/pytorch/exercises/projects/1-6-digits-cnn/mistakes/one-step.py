# expect: failed score : held-out accuracy
import torch
import torch.nn.functional as F
from torch import nn


def train_digits_cnn(images_train, labels_train):
    torch.manual_seed(0)
    model = nn.Sequential(nn.Conv2d(1, 8, 3, padding=1), nn.ReLU(), nn.Flatten(), nn.Linear(512, 10))
    optimizer = torch.optim.SGD(model.parameters(), lr=0.01)
    optimizer.zero_grad()
    F.cross_entropy(model(images_train), labels_train).backward()
    optimizer.step()
    return model.eval()
