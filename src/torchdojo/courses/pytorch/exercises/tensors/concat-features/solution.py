import torch


def concat_features(a: torch.Tensor, b: torch.Tensor) -> torch.Tensor:
    """a: (N, Da), b: (N, Db) -> (N, Da + Db)."""
    return torch.cat([a, b], dim=1)  # (N, Da) + (N, Db) -> (N, Da + Db)
