import torch


def precision_recall(matrix: torch.Tensor) -> dict:
    """{'precision': (C,), 'recall': (C,)} float32, from a [true, predicted] confusion matrix."""
    correct = matrix.diagonal().to(torch.float32)  # (C,)
    true_counts = matrix.sum(dim=1).clamp(min=1)  # (C,) row sums; clamp: 0 / 1 = 0 instead of NaN
    predicted_counts = matrix.sum(dim=0).clamp(min=1)  # (C,) column sums
    return {"precision": correct / predicted_counts, "recall": correct / true_counts}
