"""One shared page that tells the zygotes and their warming children when a grading is running.

After each grading the zygote forks a replacement child, and the child warms up (``prefault``): together
~15 ms of CPU. At a steady 25 gradings per second on 2 cores that background work usually ends before the
next submission arrives, but after a long grading (a training drill, split over both cores) it overlaps the
next one and takes half a core from it at equal priority. Lowering the warm-up's priority is not possible:
an unprivileged process cannot raise its priority back for the job. So the trusted process writes what it is
doing into this page, and background work waits while a grading runs:

    byte 0          gradings in flight (capped at 255)
    byte 1 + slot   1 while a grading waits for a warm child of the zygote in that slot

A warming child of that zygote must not wait then (the grading waits for it); nothing waits longer than
``MAX_PAUSE`` in all, so a stuck page costs at most that much warm-up delay, never a grading.

The trusted process maps the page shared and writable. Zygotes map it private and read-only: children inherit
that mapping, and a learner's code that makes it writable (``mprotect``) writes to its own copy only.
"""

from __future__ import annotations

import mmap
import os
import time

PAGE = 4096
SLOTS = PAGE - 1
MAX_PAUSE = 0.5  # seconds a child's warm-up (or a zygote's refill) waits for gradings, in all
STEP = 0.0005  # seconds between looks at the page while waiting


class ActivityPage:
    """The trusted process's side: create the page and write to it."""

    def __init__(self) -> None:
        self.fd = os.memfd_create("torchdojo-activity", os.MFD_CLOEXEC)
        try:
            os.ftruncate(self.fd, PAGE)
            self.view = mmap.mmap(self.fd, PAGE)
        except OSError:
            os.close(self.fd)
            raise

    @classmethod
    def create(cls) -> ActivityPage | None:
        """A new page, or None where shared anonymous files are not available (not Linux)."""
        try:
            return cls()
        except (AttributeError, OSError):
            return None

    def in_flight(self, count: int) -> None:
        if not self.view.closed:
            self.view[0] = max(0, min(count, 255))

    def waiting(self, slot: int, waiting: bool) -> None:
        if 0 <= slot < SLOTS and not self.view.closed:
            self.view[1 + slot] = 1 if waiting else 0

    def close(self) -> None:
        if not self.view.closed:
            self.view.close()
            os.close(self.fd)


class ActivityReader:
    """A zygote's side: a private read-only view of the page, for itself and the children it forks."""

    def __init__(self, fd: int, slot: int) -> None:
        self.slot = slot if 0 <= slot < SLOTS else None
        try:
            self.view = mmap.mmap(fd, PAGE, flags=mmap.MAP_PRIVATE, prot=mmap.PROT_READ)
        finally:
            os.close(fd)

    def grading_elsewhere(self) -> bool:
        """True while a grading runs and none waits for this zygote's children."""
        if self.view[0] == 0:
            return False
        return self.slot is None or self.view[1 + self.slot] == 0

    def wait_while_grading(self, deadline: float) -> None:
        """Sleep while ``grading_elsewhere()``, until ``deadline`` (``time.monotonic()``) at the latest."""
        while self.grading_elsewhere() and time.monotonic() < deadline:
            time.sleep(STEP)
