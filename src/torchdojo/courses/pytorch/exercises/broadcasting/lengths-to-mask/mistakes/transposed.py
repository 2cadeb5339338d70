# expect: error shape : wrong order
import torch


def lengths_to_mask(lengths, max_len):
    return torch.arange(max_len)[:, None] < lengths[None, :]
