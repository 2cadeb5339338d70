# expect: error
import builtins

builtins.isinstance = lambda obj, kind: True
builtins.len = lambda obj: 0


def pairwise_distances(a, b):
    return a
