# expect: failed values : differs from the reference
import math


def attention_scores(q, k):
    d = q.shape[0]
    return q @ k.transpose(-2, -1) / math.sqrt(d)
