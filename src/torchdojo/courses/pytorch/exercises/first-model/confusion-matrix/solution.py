import torch


def confusion_matrix(preds: torch.Tensor, labels: torch.Tensor, num_classes: int) -> torch.Tensor:
    """preds, labels: (N,) class indices -> (num_classes, num_classes) int64, rows = true, columns = predicted."""
    # one flat cell index per sample: row (true class) * num_classes + column (predicted class)
    cell = labels.long() * num_classes + preds.long()  # (N,) int64; .long() also accepts bool and 0./1.
    counts = torch.bincount(
        cell, minlength=num_classes * num_classes
    )  # (num_classes²,) int64, even for N = 0
    return counts.reshape(num_classes, num_classes)  # (true, predicted)
