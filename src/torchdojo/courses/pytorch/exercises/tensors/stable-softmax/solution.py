import torch


def stable_softmax(logits: torch.Tensor) -> torch.Tensor:
    """logits: (..., C) -> (..., C) softmax over the last dimension, finite for any finite input."""
    shifted = logits - logits.amax(dim=-1, keepdim=True)  # (..., C) - (..., 1): the row maximum becomes 0
    exps = shifted.exp()  # (..., C), each in (0, 1]: no overflow
    return exps / exps.sum(dim=-1, keepdim=True)  # (..., C) / (..., 1); the sum is ≥ 1, never 0
