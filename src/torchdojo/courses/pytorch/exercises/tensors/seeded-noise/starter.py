import torch


def seeded_noise(like: torch.Tensor, seed: int) -> torch.Tensor:
    """Standard normal samples shaped like `like` (same dtype and device), from a local generator seeded with `seed`."""
    raise NotImplementedError
