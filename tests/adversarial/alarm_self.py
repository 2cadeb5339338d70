# expect: error
import signal
import time


def pairwise_distances(a, b):
    signal.alarm(1)
    time.sleep(5)
    return a
