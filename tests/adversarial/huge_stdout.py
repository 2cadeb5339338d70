# expect: passed
# Floods stdout; the grader keeps a capped prefix and still grades.
import sys


def pairwise_distances(a, b):
    chunk = "spam " * 20_000
    for _ in range(400):
        print(chunk)
        sys.stderr.write(chunk)
    return ((a[:, None] - b[None]) ** 2).sum(-1).sqrt()
