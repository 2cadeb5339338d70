import torch


def center_columns(x: torch.Tensor) -> torch.Tensor:
    """x: (N, F) -> (N, F), every column shifted to mean 0."""
    means = x.mean(dim=0, keepdim=True)  # (1, F): kept 2-D so the broadcast is easy to read
    return x - means  # (N, F) - (1, F) -> (N, F): the means row is reused for every sample
