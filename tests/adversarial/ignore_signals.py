# expect: timed_out
import signal

for name in ("SIGTERM", "SIGINT", "SIGHUP", "SIGXCPU", "SIGALRM", "SIGUSR1"):
    signal.signal(getattr(signal, name), signal.SIG_IGN)


def pairwise_distances(a, b):
    while True:
        pass
