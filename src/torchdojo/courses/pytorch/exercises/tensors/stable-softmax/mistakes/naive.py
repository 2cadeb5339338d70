# expect: failed finite : exp overflow
def stable_softmax(logits):
    exps = logits.exp()
    return exps / exps.sum(dim=-1, keepdim=True)
