import torch


def ratio(numerator: int, denominator: int) -> float:
    """numerator / denominator, or 0.0 when the ratio is undefined (denominator 0)."""
    return numerator / denominator if denominator else 0.0


def binary_metrics(preds: torch.Tensor, labels: torch.Tensor) -> dict:
    """preds, labels: (N,) 0/1 tensors -> {"accuracy", "precision", "recall", "f1"} as Python floats."""
    predicted, actual = preds == 1, labels == 1  # (N,) bool each, whatever the input dtype
    tp = int((predicted & actual).sum())  # Python ints from here on: no 0/0 NaN, no tensors returned
    fp = int((predicted & ~actual).sum())
    fn = int((~predicted & actual).sum())
    tn = int((~predicted & ~actual).sum())
    precision = ratio(tp, tp + fp)
    recall = ratio(tp, tp + fn)
    return {
        "accuracy": ratio(tp + tn, tp + fp + fn + tn),
        "precision": precision,
        "recall": recall,
        "f1": ratio(2 * precision * recall, precision + recall),
    }
