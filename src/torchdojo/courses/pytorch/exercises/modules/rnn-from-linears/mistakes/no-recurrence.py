# expect: failed values : differs from the reference
import torch
from torch import nn


class RNN(nn.Module):
    def __init__(self, n_in, hidden):
        super().__init__()
        self.inp = nn.Linear(n_in, hidden)
        self.rec = nn.Linear(hidden, hidden)
        self.hidden = hidden

    def forward(self, x):
        h0 = x.new_zeros(x.shape[0], self.hidden)
        outputs = [torch.tanh(self.inp(x[:, t]) + self.rec(h0)) for t in range(x.shape[1])]
        return torch.stack(outputs, dim=1)


def make_rnn(n_in, hidden):
    return RNN(n_in, hidden)
