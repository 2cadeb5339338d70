import torch


def top_k_accuracy(logits: torch.Tensor, labels: torch.Tensor, k: int) -> float:
    """Fraction of rows whose label is among the k highest scores."""
    top = logits.topk(k, dim=1).indices  # (N, k): the k best classes per row
    hits = (top == labels.unsqueeze(1)).any(dim=1)  # (N, k) vs (N, 1) broadcast -> (N,) bool
    return hits.float().mean().item()
