import torch


def gather_rows(scores: torch.Tensor, index: torch.Tensor) -> torch.Tensor:
    """scores: (N, C), index: (N,) int64 -> (N,) with result[i] = scores[i, index[i]]."""
    rows = torch.arange(scores.shape[0], device=scores.device)  # (N,): 0, 1, …, N-1
    return scores[rows, index]  # (N,): the pairs (rows[i], index[i]) are indexed together
