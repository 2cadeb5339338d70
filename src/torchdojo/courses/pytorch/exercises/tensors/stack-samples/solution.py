import torch


def stack_samples(samples: list[torch.Tensor]) -> torch.Tensor:
    """samples: K tensors of shape (D,) -> (K, D)."""
    return torch.stack(samples, dim=0)  # K × (D,) -> (K, D): a new leading dimension
