# expect: failed shape : extra size-1 dimension
def squeeze_scores(scores):
    return scores.squeeze(0)
