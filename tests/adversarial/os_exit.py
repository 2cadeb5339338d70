# expect: error
import os


def pairwise_distances(a, b):
    os._exit(0)
