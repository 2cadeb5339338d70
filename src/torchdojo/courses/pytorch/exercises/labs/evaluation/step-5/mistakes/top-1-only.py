# expect: failed values
def top_k_accuracy(logits, labels, k):
    return (logits.argmax(dim=1) == labels).float().mean().item()
