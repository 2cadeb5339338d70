# expect: failed device : expected 'meta'
import torch


def class_weights(counts, device):
    c = torch.tensor(counts, dtype=torch.float32)
    w = c.sum() / (len(counts) * c)
    return torch.where(c > 0, w, torch.zeros_like(w))
