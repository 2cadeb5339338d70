# expect: failed
from torch import nn


def make_mlp(sizes):
    layers = []
    for a, b in zip(sizes[:-1], sizes[1:]):
        layers += [nn.Linear(a, b), nn.ReLU()]
    return nn.Sequential(*layers)


def describe_mlp(sizes):
    return [repr(layer) for layer in make_mlp(sizes)]
