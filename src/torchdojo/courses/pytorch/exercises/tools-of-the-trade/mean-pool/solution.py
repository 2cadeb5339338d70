import torch
import torch.nn.functional as F


def sentence_vectors(hidden: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
    """(B, C) unit vectors: the mean of hidden (B, T, C) over the real tokens of mask (B, T), L2-normalised."""
    weights = mask.unsqueeze(-1).to(hidden.dtype)  # (B, T, 1): 1 for real tokens, 0 for padding
    summed = (hidden * weights).sum(dim=1)  # (B, C): padding contributes nothing
    counts = weights.sum(dim=1).clamp(min=1e-9)  # (B, 1): real tokens per row, never 0
    return F.normalize(summed / counts, dim=-1)  # (B, C), each row of length 1 (or all zeros)
