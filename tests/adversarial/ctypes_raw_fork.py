# expect: error
import ctypes


def pairwise_distances(a, b):
    libc = ctypes.CDLL(None, use_errno=True)
    pid = libc.syscall(57)  # fork on x86_64; clone on others is filtered too
    if pid < 0 or pid == -1:
        raise OSError(ctypes.get_errno(), "fork refused")
    return a
