import torch


def confusion_matrix(preds: torch.Tensor, labels: torch.Tensor, num_classes: int) -> torch.Tensor:
    """(C, C) int64 counts: [true class, predicted class]."""
    flat = labels * num_classes + preds  # (N,): one cell number per sample, row-major
    counts = torch.bincount(flat, minlength=num_classes * num_classes)  # (C * C,)
    return counts.reshape(num_classes, num_classes)  # (C, C): rows true, columns predicted
