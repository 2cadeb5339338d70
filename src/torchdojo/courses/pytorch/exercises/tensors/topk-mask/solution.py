import torch


def topk_mask(scores: torch.Tensor, k: int) -> torch.Tensor:
    """scores: (N, C) -> (N, C) bool, True at the k largest entries of each row."""
    index = scores.topk(k, dim=1).indices  # (N, k): columns of each row's k largest
    mask = torch.zeros_like(scores, dtype=torch.bool)  # (N, C), all False
    return mask.scatter(1, index, True)  # (N, C): True at those columns, row by row
