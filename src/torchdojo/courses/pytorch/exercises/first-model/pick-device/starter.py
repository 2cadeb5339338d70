import torch


def pick_device(prefer_gpu: bool) -> torch.device:
    """cuda, then mps when prefer_gpu and available; otherwise cpu."""
    raise NotImplementedError
