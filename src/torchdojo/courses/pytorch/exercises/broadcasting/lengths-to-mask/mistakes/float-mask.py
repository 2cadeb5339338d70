# expect: failed dtype : expected bool
import torch


def lengths_to_mask(lengths, max_len):
    positions = torch.arange(max_len, device=lengths.device)
    return (positions[None, :] < lengths[:, None]).float()
