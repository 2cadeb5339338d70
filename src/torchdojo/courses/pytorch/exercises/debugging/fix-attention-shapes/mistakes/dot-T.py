# expect: error runs : must match the size of tensor b
import math


def attention_scores(q, k):
    return q @ k.T / math.sqrt(q.shape[-1])
