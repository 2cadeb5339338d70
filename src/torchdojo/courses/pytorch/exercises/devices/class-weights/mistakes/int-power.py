# expect: error runs : Integers to negative integer powers
import torch


def class_weights(counts, device):
    c = torch.tensor(counts, device=device)
    return sum(counts) / len(counts) * c ** -1
