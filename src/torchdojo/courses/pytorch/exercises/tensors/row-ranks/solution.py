import torch


def row_ranks(x: torch.Tensor) -> torch.Tensor:
    """x: (N, L) -> (N, L) int64, the rank of each entry within its row (0 = smallest)."""
    order = x.argsort(dim=1)  # (N, L): order[n, k] is the column holding the k-th smallest
    return order.argsort(dim=1)  # (N, L): the inverse permutation, i.e. each column's rank
