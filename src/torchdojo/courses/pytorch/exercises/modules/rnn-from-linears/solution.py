import torch
from torch import nn


class ElmanRNN(nn.Module):
    def __init__(self, n_in: int, hidden: int):
        super().__init__()
        self.inp = nn.Linear(n_in, hidden)  # created first
        self.rec = nn.Linear(hidden, hidden)
        self.hidden = hidden

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        h = x.new_zeros(x.shape[0], self.hidden)  # (B, hidden)
        outputs = []
        for t in range(x.shape[1]):
            h = torch.tanh(self.inp(x[:, t]) + self.rec(h))  # (B, n_in), (B, hidden) -> (B, hidden)
            outputs.append(h)
        return torch.stack(outputs, dim=1)  # T × (B, hidden) -> (B, T, hidden)


def make_rnn(n_in: int, hidden: int) -> nn.Module:
    """An Elman RNN layer (tanh) from Linear(n_in, hidden) and Linear(hidden, hidden): (B, T, n_in) -> (B, T, hidden)."""
    return ElmanRNN(n_in, hidden)
