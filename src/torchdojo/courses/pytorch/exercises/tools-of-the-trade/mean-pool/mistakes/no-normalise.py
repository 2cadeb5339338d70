# expect: failed values : length 1
def sentence_vectors(hidden, mask):
    weights = mask.unsqueeze(-1).float()
    return (hidden * weights).sum(1) / weights.sum(1).clamp(min=1e-9)
