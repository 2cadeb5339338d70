# expect: failed values : one position too many
import torch


def lengths_to_mask(lengths, max_len):
    return torch.arange(max_len, device=lengths.device)[None, :] <= lengths[:, None]
