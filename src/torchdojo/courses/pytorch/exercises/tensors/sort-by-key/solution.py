import torch


def sort_by_key(values: torch.Tensor, keys: torch.Tensor) -> torch.Tensor:
    """values, keys: (N, L) -> (N, L), each row of values ordered by ascending keys."""
    order = keys.argsort(dim=1)  # (N, L): a column permutation per row
    return torch.take_along_dim(values, order, dim=1)  # (N, L): row i rearranged by order[i]
