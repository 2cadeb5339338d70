import torch


def accuracy(logits: torch.Tensor, labels: torch.Tensor) -> float:
    """(N, C) scores and (N,) labels -> the fraction predicted right, as a float."""
    predictions = logits.argmax(dim=1)  # (N,): best class per row
    return (predictions == labels).float().mean().item()  # bool -> 0./1., averaged
