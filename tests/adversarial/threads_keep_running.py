# expect: passed
# A background thread that never finishes must not hold the grading up.
import threading
import time


def idle_forever():
    while True:
        time.sleep(0.01)


threading.Thread(target=idle_forever, daemon=False).start()


def pairwise_distances(a, b):
    return ((a[:, None] - b[None]) ** 2).sum(-1).sqrt()
