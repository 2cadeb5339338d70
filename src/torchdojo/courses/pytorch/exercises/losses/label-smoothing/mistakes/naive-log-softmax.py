# expect: failed finite : non-finite
def smoothed_cross_entropy(logits, target, smoothing):
    log_probs = (logits.exp() / logits.exp().sum(dim=1, keepdim=True)).log()
    nll = -log_probs.gather(1, target.unsqueeze(1)).squeeze(1)
    uniform = -log_probs.mean(dim=1)
    return ((1 - smoothing) * nll + smoothing * uniform).mean()
