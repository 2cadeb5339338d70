import torch


def smooth_targets(labels: torch.Tensor, logits: torch.Tensor, eps: float) -> torch.Tensor:
    """labels (N,) int64, logits (N, C) -> (N, C) label-smoothed targets in logits' dtype and device."""
    classes = logits.shape[1]
    target = torch.full_like(logits, eps / classes)  # (N, C): the floor, with logits' dtype and device
    target.scatter_(1, labels.unsqueeze(1), 1 - eps + eps / classes)  # (N, 1) indices: the true class per row
    return target
