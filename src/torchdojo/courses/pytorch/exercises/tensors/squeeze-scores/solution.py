import torch


def squeeze_scores(scores: torch.Tensor) -> torch.Tensor:
    """scores: (N, 1) -> (N,)."""
    return scores.squeeze(1)  # (N, 1) -> (N,); only dim 1 goes, so N = 1 stays (1,)
