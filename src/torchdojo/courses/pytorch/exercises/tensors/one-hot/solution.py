import torch


def one_hot(labels: torch.Tensor, num_classes: int) -> torch.Tensor:
    """labels: (N,) int64 -> (N, num_classes) float32 one-hot rows."""
    identity = torch.eye(
        num_classes, dtype=torch.float32, device=labels.device
    )  # (C, C), row c is class c's code
    return identity[labels]  # (N, C): row i is the identity row labels[i]
