# expect: failed values
def accuracy(logits, labels):
    return float((logits.argmax(dim=1) == labels).sum())
