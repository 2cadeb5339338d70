# expect: failed values : log-sum-exp
def cross_entropy(logits, target, reduction="mean"):
    loss = -logits.gather(1, target.unsqueeze(1)).squeeze(1)
    if reduction == "none":
        return loss
    if reduction == "sum":
        return loss.sum()
    return loss.mean()
