import torch


def group_sums(values: torch.Tensor, groups: torch.Tensor, num_groups: int) -> torch.Tensor:
    """values: (N,), groups: (N,) int64 in [0, G) -> (G,) per-group sums, values' dtype."""
    sums = values.new_zeros(num_groups)  # (G,), same dtype and device as values
    return sums.index_add_(0, groups, values)  # (G,): repeated group ids accumulate
