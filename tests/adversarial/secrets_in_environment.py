# expect: failed
import os

print("ENV:", sorted(os.environ))


def pairwise_distances(a, b):
    return None
