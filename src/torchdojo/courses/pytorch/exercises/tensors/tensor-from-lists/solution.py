import torch


def tensor_from_lists(rows: list[list[float]]) -> torch.Tensor:
    """rows: N lists of L numbers -> (N, L) float32 tensor."""
    return torch.tensor(rows, dtype=torch.float32)  # (N, L), float32 even for all-int input
