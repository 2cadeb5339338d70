import torch


def squeeze_scores(scores: torch.Tensor) -> torch.Tensor:
    """scores: (N, 1) -> (N,)."""
    raise NotImplementedError
