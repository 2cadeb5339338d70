import torch


def sentence_vectors(hidden: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
    """(B, C) unit vectors: the mean of hidden (B, T, C) over the real tokens of mask (B, T), L2-normalised."""
    raise NotImplementedError
