from torch import nn


def make_rnn(n_in: int, hidden: int) -> nn.Module:
    """An Elman RNN layer (tanh) from Linear(n_in, hidden) and Linear(hidden, hidden): (B, T, n_in) -> (B, T, hidden)."""
    raise NotImplementedError
