import torch


def smoothed_cross_entropy(logits: torch.Tensor, target: torch.Tensor, smoothing: float) -> torch.Tensor:
    """logits: (N, C), target: (N,) int64 -> mean cross-entropy against label-smoothed targets, ()."""
    log_probs = logits.log_softmax(dim=1)  # (N, C), stable
    nll = -log_probs.gather(1, target.unsqueeze(1)).squeeze(1)  # (N, 1) -> (N,): the one-hot part
    uniform = -log_probs.mean(dim=1)  # (N,): cross-entropy against the uniform distribution
    return ((1 - smoothing) * nll + smoothing * uniform).mean()  # ()
