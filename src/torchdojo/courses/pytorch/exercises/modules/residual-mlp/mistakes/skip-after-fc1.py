# expect: error runs : must match the size of tensor b
import torch
from torch import nn


class Block(nn.Module):
    def __init__(self, dim, hidden):
        super().__init__()
        self.fc1 = nn.Linear(dim, hidden)
        self.fc2 = nn.Linear(hidden, dim)

    def forward(self, x):
        h = torch.relu(self.fc1(x))
        return self.fc2(h + x)


def make_residual_mlp(dim, hidden):
    return Block(dim, hidden)
