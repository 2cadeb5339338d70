# expect: failed finite : Inf
import torch


def class_weights(counts, device):
    c = torch.tensor(counts, dtype=torch.float32, device=device)
    return c.sum() / (len(counts) * c)
