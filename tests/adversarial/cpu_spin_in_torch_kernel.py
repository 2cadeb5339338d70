# expect: timed_out
import torch


def pairwise_distances(a, b):
    x = torch.randn(4000, 4000)
    while True:
        x = torch.mm(x, x).clamp_(-1, 1)  # each call stays in C++ for a long time
