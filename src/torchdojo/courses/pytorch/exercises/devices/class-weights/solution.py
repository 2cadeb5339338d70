import torch


def class_weights(counts: list, device: str) -> torch.Tensor:
    """Balanced weights total / (K * counts[k]), 0 for empty classes; float32 (K,) on device."""
    count = torch.tensor(counts, dtype=torch.float32, device=device)  # (K,), made where it will be used
    weights = count.sum() / (len(counts) * count)  # (K,); inf where a count is 0
    return torch.where(count > 0, weights, torch.zeros_like(weights))  # (K,): empty classes get 0
