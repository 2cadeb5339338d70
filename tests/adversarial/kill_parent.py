# expect: error
import os
import signal


def pairwise_distances(a, b):
    os.kill(os.getppid(), signal.SIGKILL)
    return a
