# expect: failed dtype : float32
import torch


def tensor_from_lists(rows):
    return torch.tensor(rows)
