import torch


def expand_batch(proto: torch.Tensor, batch: int) -> torch.Tensor:
    """proto: (T, D) -> (batch, T, D), the same proto for every sample."""
    return proto.unsqueeze(0).expand(batch, -1, -1)  # (T, D) -> (1, T, D) -> (B, T, D), a view with stride 0
