import torch


def mask_padded_keys(scores: torch.Tensor, keep: torch.Tensor) -> torch.Tensor:
    """scores: (B, Tq, Tk); keep: (B, Tk) bool -> (B, Tq, Tk) with padded keys' scores set to -inf."""
    raise NotImplementedError
