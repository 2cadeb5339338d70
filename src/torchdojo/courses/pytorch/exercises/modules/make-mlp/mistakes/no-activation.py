# expect: failed values : differs from the reference
from torch import nn


def make_mlp(n_in, hidden, n_out):
    return nn.Sequential(nn.Linear(n_in, hidden), nn.Linear(hidden, n_out))
