import torch


def binary_metrics(preds: torch.Tensor, labels: torch.Tensor) -> dict:
    """preds, labels: (N,) 0/1 tensors -> {"accuracy", "precision", "recall", "f1"} as Python floats."""
    raise NotImplementedError
