import torch


def gather_rows(scores: torch.Tensor, index: torch.Tensor) -> torch.Tensor:
    """scores: (N, C), index: (N,) int64 -> (N,) with result[i] = scores[i, index[i]]."""
    raise NotImplementedError
