"""Warming a forked child by copying, in one system call per range, the pages a warm-up would write.

A child forked from the zygote shares every page with it; the first write to each costs a copy-on-write
fault (~4 µs on the VM this was measured on). Running a warm-up job in each child while it waits takes
those faults off the grading's critical path, but the warm-up also recomputes everything it runs: about
half of its ~20 ms goes to work whose only purpose was the faults, and at 25 gradings per second that is
background CPU the next grading competes with.

So the zygote runs the warm-up once more in a *survey* child and reads, from ``/proc/self/pagemap``, which
pages of the mappings the child inherited are now its own (present and mapped by this process alone: it
copied or first wrote them). Each later child asks the kernel to do the same copies with
``madvise(MADV_POPULATE_WRITE)`` (Linux ≥ 5.14): the same faults, without the Python and torch work.
The copies do not recreate what a run leaves in the allocators (free lists, arenas), so the zygote then
runs a small job in the child too (``zygote.LIGHT_WARMUP_SOURCE``). Measured (2-core VM, torch 2.13): a
child's preparation 24 → 13 ms of CPU; its grading afterwards the same (median over every drill 2.25 ms
against 2.31 after the full warm-up; copies alone, without the small job, 2.58).

Best effort: where the survey finds nothing (no pagemap, an older kernel) or the kernel refuses the first
range, ``Prefault.usable`` is false and the zygote runs the warm-up job in each child as before.
"""

from __future__ import annotations

import ctypes
import json
import os
import struct
from collections.abc import Callable, Sequence

from torchdojo.grader import hugepages

MADV_POPULATE_WRITE = 23
_PAGE = hugepages._PAGE
_PRESENT, _EXCLUSIVE = 1 << 63, 1 << 56
MAX_RANGES = 20_000  # a survey that finds more is not a warm-up any more: the child is left to fault


def writable_regions() -> list[tuple[int, int]]:
    """(start, end) of this process's private writable mappings: what copy-on-write applies to."""
    return [
        (start, end)
        for start, end, permissions, _ in hugepages._regions()
        if permissions.startswith("rw") and permissions.endswith("p")
    ]


def own_pages(regions: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """The (start, length) runs of pages inside ``regions`` that this process alone maps: after a fork,
    the pages it has written (copied from its parent, or filled for the first time)."""
    runs: list[tuple[int, int]] = []
    descriptor = os.open("/proc/self/pagemap", os.O_RDONLY)
    try:
        for start, end in regions:
            count = (end - start) // _PAGE
            words = struct.unpack(f"<{count}Q", os.pread(descriptor, count * 8, start // _PAGE * 8))
            run_start = None
            for index, word in enumerate(words):
                mine = word & _PRESENT and word & _EXCLUSIVE
                if mine and run_start is None:
                    run_start = index
                elif not mine and run_start is not None:
                    runs.append((start + run_start * _PAGE, (index - run_start) * _PAGE))
                    run_start = None
            if run_start is not None:
                runs.append((start + run_start * _PAGE, (count - run_start) * _PAGE))
    finally:
        os.close(descriptor)
    return runs


def survey(warm_up: Callable[[], object]) -> list[tuple[int, int]]:
    """Fork a child that runs ``warm_up`` and reports which inherited pages it wrote; [] on any failure.

    Only pages of mappings that existed before ``warm_up`` count: a later child has those at the same
    addresses (it is forked from this same process), not what the warm-up mapped for itself.
    """
    try:
        regions = writable_regions()
        read_end, write_end = os.pipe()
    except (OSError, ValueError):
        return []
    try:
        pid = os.fork()
    except OSError:
        os.close(read_end)
        os.close(write_end)
        return []
    if pid == 0:  # pragma: no cover - runs in the survey child
        code = 1
        try:
            warm_up()
            runs = own_pages(regions)
            payload = json.dumps(runs if len(runs) <= MAX_RANGES else []).encode()
            view = memoryview(payload)
            while view:
                view = view[os.write(write_end, view) :]
            code = 0
        finally:
            os._exit(code)
    os.close(write_end)
    chunks = []
    try:
        while chunk := os.read(read_end, 1 << 20):
            chunks.append(chunk)
    finally:
        os.close(read_end)
        os.waitpid(pid, 0)
    try:
        runs = json.loads(b"".join(chunks) or b"[]")
    except ValueError:
        return []
    return [(int(start), int(length)) for start, length in runs]


class Prefault:
    """Copies a survey's pages into the calling process, one ``madvise`` per run of pages."""

    def __init__(self, runs: Sequence[tuple[int, int]], libc: ctypes.CDLL | None = None):
        self.runs = list(runs)
        self.libc = libc
        if self.runs and self.libc is None:
            try:
                self.libc = hugepages._libc()
            except OSError:
                self.runs = []
        # Populating the first run here, in the zygote, proves the kernel has MADV_POPULATE_WRITE (here the
        # pages are the zygote's own: at most a few not yet touched get filled).
        self.usable = bool(self.runs) and self._populate(*self.runs[0])

    def apply(self, between: Callable[[], None] | None = None, every: int = 128) -> int:
        """Copy every run into this process; returns how many runs the kernel refused (a mapping that
        changed since the survey): those pages are left to fault when written, as they would anyway.
        ``between`` is called before the first run and after every ``every`` runs (the child pauses there
        while a grading runs)."""
        refused = 0
        for index, (start, length) in enumerate(self.runs):
            if between is not None and index % every == 0:
                between()
            if not self._populate(start, length):
                refused += 1
        return refused

    def _populate(self, start: int, length: int) -> bool:
        return self.libc.madvise(start, length, MADV_POPULATE_WRITE) == 0

    @property
    def pages(self) -> int:
        return sum(length for _, length in self.runs) // _PAGE
