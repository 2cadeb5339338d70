import torch


def sort_by_length(x: torch.Tensor, lengths: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
    """x: (B, T, D), lengths: (B,) -> (x sorted longest first, sorted lengths, order), stable for ties."""
    raise NotImplementedError
