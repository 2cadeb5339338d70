import torch


def class_weights(counts: list, device: str) -> torch.Tensor:
    """Balanced weights total / (K * counts[k]), 0 for empty classes; float32 (K,) on device."""
    raise NotImplementedError
