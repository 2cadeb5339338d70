import torch


def lengths_to_mask(lengths: torch.Tensor, max_len: int) -> torch.Tensor:
    """lengths: (B,) int64 -> (B, max_len) bool, True where position < length."""
    positions = torch.arange(max_len, device=lengths.device)  # (max_len,), on the lengths' device
    return positions.unsqueeze(0) < lengths.unsqueeze(1)  # (1, max_len) < (B, 1) -> (B, max_len)
