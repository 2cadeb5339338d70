# expect: error runs : must match the size
def stable_softmax(logits):
    exps = (logits - logits.max(dim=-1).values).exp()
    return exps / exps.sum(dim=-1, keepdim=True)
