import torch


def mask_padded_keys(scores: torch.Tensor, keep: torch.Tensor) -> torch.Tensor:
    """scores: (B, Tq, Tk); keep: (B, Tk) bool -> (B, Tq, Tk) with padded keys' scores set to -inf."""
    hidden = ~keep.unsqueeze(1)  # (B, Tk) -> (B, 1, Tk): the same key mask for every query
    return scores.masked_fill(hidden, float("-inf"))  # (B, Tq, Tk)
