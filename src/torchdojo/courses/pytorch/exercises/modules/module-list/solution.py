import torch
import torch.nn.functional as F
from torch import nn


class Tower(nn.Module):
    def __init__(self, width: int, depth: int):
        super().__init__()
        # a ModuleList registers every layer: their weights show up in .parameters() and state_dict()
        self.layers = nn.ModuleList(nn.Linear(width, width) for _ in range(depth))

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        for layer in self.layers:
            x = torch.tanh(layer(x))  # (B, width) -> (B, width)
        return x


def tower_after_step(width: int, depth: int, x: torch.Tensor, y: torch.Tensor, lr: float) -> torch.Tensor:
    """Build a depth-layer tanh tower (an nn.ModuleList), take one SGD step on MSE, return its new output."""
    tower = Tower(width, depth)
    optimizer = torch.optim.SGD(tower.parameters(), lr=lr)
    optimizer.zero_grad()
    F.mse_loss(tower(x), y).backward()
    optimizer.step()
    with torch.no_grad():
        return tower(x)  # (B, width)
