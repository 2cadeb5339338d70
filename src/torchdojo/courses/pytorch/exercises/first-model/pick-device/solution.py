import torch


def pick_device(prefer_gpu: bool) -> torch.device:
    """cuda, then mps when prefer_gpu and available; otherwise cpu."""
    if prefer_gpu and torch.cuda.is_available():
        return torch.device("cuda")
    if prefer_gpu and torch.backends.mps.is_available():
        return torch.device("mps")
    return torch.device("cpu")
