# expect: error runs : must have the same scalar type
import torch


def group_sums(values, groups, num_groups):
    return torch.zeros(num_groups).index_add_(0, groups, values)
