import torch


def load_batches(sequences: list, labels: torch.Tensor, batch_size: int, drop_last: bool, seed: int) -> list:
    """One shuffled epoch of (padded (B, T_max), lengths (B,), labels (B,)) batches."""
    raise NotImplementedError
