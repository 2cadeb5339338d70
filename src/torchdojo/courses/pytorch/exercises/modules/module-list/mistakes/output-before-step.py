# expect: failed values : differs from the reference
import torch
import torch.nn.functional as F
from torch import nn


class Tower(nn.Module):
    def __init__(self, width, depth):
        super().__init__()
        self.layers = nn.ModuleList(nn.Linear(width, width) for _ in range(depth))

    def forward(self, x):
        for layer in self.layers:
            x = torch.tanh(layer(x))
        return x


def tower_after_step(width, depth, x, y, lr):
    tower = Tower(width, depth)
    optimizer = torch.optim.SGD(tower.parameters(), lr=lr)
    optimizer.zero_grad()
    out = tower(x)
    F.mse_loss(out, y).backward()
    optimizer.step()
    return out.detach()
