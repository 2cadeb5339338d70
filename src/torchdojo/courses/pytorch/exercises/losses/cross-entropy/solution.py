import torch


def cross_entropy(logits: torch.Tensor, target: torch.Tensor, reduction: str = "mean") -> torch.Tensor:
    """logits: (N, C), target: (N,) int64 -> the cross-entropy, reduced by 'mean', 'sum' or 'none'."""
    shifted = logits - logits.max(dim=1, keepdim=True).values  # (N, C), each row's largest score is 0
    log_probs = shifted - shifted.exp().sum(dim=1, keepdim=True).log()  # (N, C) log-softmax
    loss = -log_probs.gather(1, target.unsqueeze(1)).squeeze(1)  # (N, 1) -> (N,)
    if reduction == "none":
        return loss
    if reduction == "sum":
        return loss.sum()  # ()
    if reduction == "mean":
        return loss.mean()  # ()
    raise ValueError(f"unknown reduction {reduction!r}")
