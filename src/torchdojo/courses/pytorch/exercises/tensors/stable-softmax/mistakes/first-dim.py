# expect: failed values : dim=-1
def stable_softmax(logits):
    exps = (logits - logits.amax(dim=-1, keepdim=True)).exp()
    return exps / exps.sum(dim=0, keepdim=True)
