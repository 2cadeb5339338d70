import torch


def sort_by_length(x: torch.Tensor, lengths: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
    """x: (B, T, D), lengths: (B,) -> (x sorted longest first, sorted lengths, order), stable for ties."""
    sorted_lengths, order = lengths.sort(descending=True, stable=True)  # (B,), (B,) int64
    return x[order], sorted_lengths, order  # x[order]: (B, T, D), whole sequences reordered
