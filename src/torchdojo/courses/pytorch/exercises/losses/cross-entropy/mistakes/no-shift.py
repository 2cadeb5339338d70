# expect: failed finite : exp overflow
def cross_entropy(logits, target, reduction="mean"):
    log_probs = logits - logits.exp().sum(dim=1, keepdim=True).log()
    loss = -log_probs.gather(1, target.unsqueeze(1)).squeeze(1)
    if reduction == "none":
        return loss
    if reduction == "sum":
        return loss.sum()
    return loss.mean()
