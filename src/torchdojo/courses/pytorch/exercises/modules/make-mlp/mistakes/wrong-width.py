# expect: error runs : mat1 and mat2 shapes cannot be multiplied
from torch import nn


def make_mlp(n_in, hidden, n_out):
    return nn.Sequential(nn.Linear(n_in, hidden), nn.ReLU(), nn.Linear(n_in, n_out))
