import torch
from torch import nn


class ResidualMLP(nn.Module):
    def __init__(self, dim: int, hidden: int):
        super().__init__()
        self.fc1 = nn.Linear(dim, hidden)
        self.fc2 = nn.Linear(hidden, dim)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return x + self.fc2(torch.relu(self.fc1(x)))  # (..., dim) -> (..., hidden) -> (..., dim)


def make_residual_mlp(dim: int, hidden: int) -> nn.Module:
    """A module computing x + Linear(hidden, dim)(relu(Linear(dim, hidden)(x)))."""
    return ResidualMLP(dim, hidden)
