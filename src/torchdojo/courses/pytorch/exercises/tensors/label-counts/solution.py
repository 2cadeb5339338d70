import torch


def label_counts(labels: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
    """labels: (N,) int64 -> (distinct labels ascending, their counts), both (U,) int64."""
    values, counts = torch.unique(labels, sorted=True, return_counts=True)  # (U,), (U,)
    return values, counts
