# expect: error
import os


def pairwise_distances(a, b):
    with open(f"/proc/{os.getppid()}/mem", "rb") as memory:
        memory.read(16)
    return a
