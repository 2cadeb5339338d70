import torch


def bce_with_logits(logits: torch.Tensor, targets: torch.Tensor, reduction: str = "mean") -> torch.Tensor:
    """Binary cross-entropy of sigmoid(logits) against targets, computed stably from the logits."""
    # -[y log σ(x) + (1-y) log(1-σ(x))] = max(x, 0) - x y + log(1 + e^{-|x|}); the exponent is never positive
    loss = logits.clamp(min=0) - logits * targets + torch.log1p(torch.exp(-logits.abs()))  # (*)
    if reduction == "none":
        return loss
    if reduction == "sum":
        return loss.sum()  # ()
    if reduction == "mean":
        return loss.mean()  # ()
    raise ValueError(f"unknown reduction {reduction!r}")
