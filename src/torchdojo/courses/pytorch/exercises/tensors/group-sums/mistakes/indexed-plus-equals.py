# expect: failed values : writes a repeated index once
import torch


def group_sums(values, groups, num_groups):
    out = torch.zeros(num_groups, dtype=values.dtype)
    out[groups] += values
    return out
