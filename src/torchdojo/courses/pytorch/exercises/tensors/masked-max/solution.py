import torch


def masked_max(x: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
    """x: (N, T), mask: (N, T) bool -> (N,) max over masked-in entries, 0 for an all-padding row."""
    best = x.masked_fill(~mask, float("-inf")).amax(dim=1)  # (N,); -inf where a row has no real entry
    return torch.where(mask.any(dim=1), best, torch.zeros_like(best))  # (N,)
