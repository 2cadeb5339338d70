# expect: failed score : held-out accuracy
import torch
from torch import nn


def train_digits_mlp(x_train, y_train):
    torch.manual_seed(0)
    return nn.Sequential(nn.Linear(64, 128), nn.ReLU(), nn.Linear(128, 10)).eval()
