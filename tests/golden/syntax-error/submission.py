import torch

def pairwise_distances(a, b)
    return a
