# expect: error
import sys


def pairwise_distances(a, b):
    target = sys.prefix + "/lib/torchdojo-was-here.txt"
    with open(target, "w") as handle:
        handle.write("owned")
    return a
