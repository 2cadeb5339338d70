# expect: failed type
def accuracy(logits, labels):
    return (logits.argmax(dim=1) == labels).float().mean()
