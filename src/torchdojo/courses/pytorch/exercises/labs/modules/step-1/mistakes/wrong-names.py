# expect: error runs : missing key
import torch
from torch import nn


class TinyMLP(nn.Module):
    def __init__(self, n_in, n_hidden, n_out):
        super().__init__()
        self.layer1 = nn.Linear(n_in, n_hidden)
        self.act = nn.ReLU()
        self.layer2 = nn.Linear(n_hidden, n_out)

    def forward(self, x):
        return self.layer2(self.act(self.layer1(x)))


def run_tiny_mlp(x, weights):
    n_hidden, n_in = weights["fc1.weight"].shape
    model = TinyMLP(n_in, n_hidden, weights["fc2.weight"].shape[0])
    model.load_state_dict(weights)
    return model(x)
