import torch


def group_sums(values: torch.Tensor, groups: torch.Tensor, num_groups: int) -> torch.Tensor:
    """values: (N,), groups: (N,) int64 in [0, G) -> (G,) per-group sums, values' dtype."""
    raise NotImplementedError
