# expect: error runs : must have the same dtype
import torch
from torch import nn


class Classifier(nn.Module):
    def __init__(self, n_features, hidden):
        super().__init__()
        self.layers = [nn.Linear(n_features, hidden), nn.ReLU(), nn.Linear(hidden, 1)]  # invisible to nn.Module

    def forward(self, x):
        for layer in self.layers:
            x = layer(x)
        return x


def build_classifier(n_features, hidden):
    return Classifier(n_features, hidden)


def build_and_run(n_features, hidden, x):
    torch.manual_seed(0)
    model = build_classifier(n_features, hidden).to(x.dtype)
    model.eval()
    with torch.no_grad():
        return model(x)
