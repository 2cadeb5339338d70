"""Filling the allocators' free slots in the zygote, so that a child's new objects land in fresh memory.

After the zygote's warm-up, both of its allocators hold free slots scattered over memory every child
shares with it: CPython's small-object allocator (a few thousand free blocks in partly used 16 kB pools)
and glibc's malloc (a few hundred kB of holes between live chunks, plus its per-size caches). A child's
first allocations reuse those slots, and each reuse writes a page the child shares with the zygote: a
copy-on-write fault (~4-7 µs on the VM this was measured on), one per page, spread over the heap. Filling
the slots once in the zygote, with allocations that are never freed, sends children's allocations to
fresh pools and to the top of the heap instead, where one page holds many of them.

Best effort: where the allocators cannot be inspected (another libc, a debug build), nothing is filled.
"""

from __future__ import annotations

import ctypes
import os
import re
import sys
from typing import Any

MAX_MALLOC_CALLS = 200_000  # bounds the hole filling however fragmented the heap is


class _MallInfo2(ctypes.Structure):
    _fields_ = [
        (name, ctypes.c_size_t)
        for name in "arena ordblks smblks hblks hblkhd usmblks fsmblks uordblks fordblks keepcost".split()
    ]


def small_object_free_blocks() -> dict[int, int]:
    """{block size: free blocks in partly used pools} of CPython's small-object allocator ({} where its
    statistics cannot be read)."""
    try:
        handle = os.memfd_create("torchdojo-mallocstats")  # in memory: nothing written to disk
    except (AttributeError, OSError):
        return {}
    with open(handle) as report:  # closes the descriptor too
        saved = os.dup(2)
        try:
            sys.stderr.flush()
            os.dup2(handle, 2)  # _debugmallocstats writes to the C stderr
            sys._debugmallocstats()
        finally:
            os.dup2(saved, 2)
            os.close(saved)
        report.seek(0)
        text = report.read()
    free = {}
    for line in text.splitlines():
        match = re.match(r"\s*\d+\s+(\d+)\s+\d+\s+\d+\s+(\d+)\s*$", line)
        if match:
            free[int(match[1])] = int(match[2])
    return free


def fill_small_object_blocks(rounds: int = 3) -> int:
    """Allocate (and keep) every free block of every partly used pool; returns how many."""
    try:
        allocate = ctypes.pythonapi.PyObject_Malloc
    except AttributeError:
        return 0
    allocate.restype = None  # the blocks are never freed: no pointer kept, nothing allocated per call
    allocate.argtypes = [ctypes.c_size_t]
    filled = 0
    for _ in range(rounds):  # reading the statistics allocates a little: a few rounds
        free = small_object_free_blocks()
        if not free:
            break
        for size, count in free.items():
            for _ in range(count):
                allocate(size)
            filled += count
    return filled


def fill_malloc_holes(libc: Any = None) -> int:
    """Allocate (and keep) glibc malloc's free chunks below the top of its heap, largest sizes first, and
    empty its per-size caches; returns how many chunks. 0 where there is no ``mallinfo2`` (not glibc).
    However the heap looks, it keeps no more than the holes it found (plus 1 MB)."""
    try:
        libc = libc or ctypes.CDLL(None)
        info = libc.mallinfo2
    except (OSError, AttributeError):
        return 0
    info.restype = _MallInfo2
    libc.malloc.restype = ctypes.c_void_p
    libc.malloc.argtypes = [ctypes.c_size_t]
    libc.free.argtypes = [ctypes.c_void_p]
    libc.sbrk.restype = ctypes.c_void_p
    libc.sbrk.argtypes = [ctypes.c_ssize_t]

    calls = 0
    for size in range(16, 1040, 16):  # the per-size caches (up to 7 chunks each) are served first
        for _ in range(7):
            libc.malloc(size)
            calls += 1
    start = info()
    budget, kept = start.fordblks - start.keepcost + (1 << 20), 0
    for size in (1 << 16, 1 << 14, 1 << 12, 1 << 10, 256, 64, 16):
        while calls < MAX_MALLOC_CALLS:
            current = info()
            if current.fordblks - current.keepcost < size:
                break
            top = (libc.sbrk(0) or 0) - current.keepcost  # the top chunk: what is left above the holes
            pointer = libc.malloc(size)
            calls += 1
            if pointer is None:
                return calls
            if pointer >= top or info().hblkhd != current.hblkhd:  # from the top or a fresh mapping:
                libc.free(pointer)  # no hole of this size is left
                break
            kept += size
            if kept > budget:  # never more than the holes there were, whatever this heap looks like
                return calls
    return calls
