"""The activity page: background work (replacement forks, children's warm-ups) waits while a grading runs."""

from __future__ import annotations

import ctypes
import os
import select
import time

import pytest
from processes import in_child, pool_reading

from torchdojo.grader import activity
from torchdojo.grader.activity import ActivityPage, ActivityReader


@pytest.fixture
def page():
    created = ActivityPage()
    yield created
    created.close()


def test_a_zygote_sees_what_the_trusted_process_writes(page):
    reader = ActivityReader(os.dup(page.fd), slot=1)
    assert not reader.grading_elsewhere()
    page.in_flight(2)
    assert reader.grading_elsewhere()
    page.waiting(0, True)  # a grading waits for another zygote's child: this one still waits
    assert reader.grading_elsewhere()
    page.waiting(1, True)  # …for this zygote's child: it must not wait for the grading that waits for it
    assert not reader.grading_elsewhere()
    page.waiting(1, False)
    page.in_flight(0)
    assert not reader.grading_elsewhere()
    page.in_flight(1000)  # capped, not wrapped around to 0
    assert reader.grading_elsewhere() and page.view[0] == 255


def test_code_in_a_child_cannot_change_what_others_read(page):
    """Learner code inherits the zygote's view; making it writable gives it a private copy only."""
    reader = ActivityReader(os.dup(page.fd), slot=0)
    page.in_flight(1)

    def tamper():
        with pytest.raises(TypeError):
            reader.view[0] = 0  # read-only for Python
        with open("/proc/self/maps") as maps:
            line = next(line for line in maps if "torchdojo-activity" in line)
        start = int(line.split("-")[0], 16)
        libc = ctypes.CDLL(None, use_errno=True)
        libc.mprotect.argtypes = [ctypes.c_void_p, ctypes.c_size_t, ctypes.c_int]
        assert libc.mprotect(start, activity.PAGE, 3) == 0  # PROT_READ | PROT_WRITE: allowed, but private
        ctypes.memset(start, 0, 2)
        return reader.view[0]

    _, said = in_child(tamper)
    assert said == {"value": 0}  # the child changed its own copy…
    assert page.view[0] == 1 and reader.grading_elsewhere()  # …and nobody else's


def test_waiting_ends_with_the_grading_or_at_the_deadline(page):
    reader = ActivityReader(os.dup(page.fd), slot=0)
    started = time.monotonic()
    reader.wait_while_grading(started + 5)
    assert time.monotonic() - started < 1  # nothing in flight: no wait at all
    page.in_flight(1)
    started = time.monotonic()
    reader.wait_while_grading(started + 0.1)
    assert time.monotonic() - started >= 0.1


def _taken(pool):
    """The pool's one zygote, taken from its free list as a grading would take it: the test drives it
    directly, and the pool's collector reads only free zygotes' sockets."""
    with pool._free:
        pool.idle.clear()
    return pool.zygotes[0]


def _ready_within(zygote, seconds: float) -> bool:
    """Whether one of ``zygote``'s children says it is warm within ``seconds`` (nothing is taken)."""
    deadline = time.monotonic() + seconds
    while True:
        while select.select([zygote.socket], [], [], 0)[0]:
            zygote._receive(time.monotonic() + 5)  # children announced by the zygote
        fds = [spare.reply_fd for spare in zygote.spares]
        if fds and select.select(fds, [], [], 0)[0]:
            return True
        if time.monotonic() >= deadline:
            return False
        time.sleep(0.01)


@pytest.mark.parametrize("sandbox", ["none", "bwrap"])
def test_a_replacement_warms_up_only_once_the_grading_is_over(tmp_path, monkeypatch, sandbox):
    from torchdojo.grader import sandbox as sandboxes

    if sandbox == "bwrap" and sandboxes.bubblewrap_path() is None:
        pytest.fail("bubblewrap is part of the test environment: apt-get install bubblewrap")
    monkeypatch.setattr(activity, "MAX_PAUSE", 60.0)  # long enough that only the page ends the wait

    def read(pool):
        zygote = _taken(pool)
        assert pool.activity is not None and zygote.activity is pool.activity
        zygote.release(zygote.take_spare())
        assert _ready_within(zygote, 10)  # nothing in flight: the replacement warms up and says so
        pool.activity.in_flight(1)  # a grading runs (on another zygote)
        zygote.release(zygote.take_spare())
        paused = not _ready_within(zygote, 0.4)
        pool.activity.in_flight(0)
        resumed = _ready_within(zygote, 10)
        return paused, resumed

    assert pool_reading(tmp_path, read, sandbox=sandbox) == (True, True)  # the page reaches into bwrap too


def test_a_grading_that_waits_for_a_zygote_s_child_does_not_wait_for_the_pause(tmp_path, monkeypatch):
    monkeypatch.setattr(activity, "MAX_PAUSE", 60.0)

    def read(pool):
        zygote = _taken(pool)
        pool.activity.in_flight(1)
        zygote.release(zygote.take_spare())  # its replacement pauses its warm-up…
        started = time.monotonic()
        spare = zygote.take_spare()  # …until a grading waits for it
        waited = time.monotonic() - started
        zygote.release(spare)
        return waited, pool.activity.view[1]

    waited, waiting_flag = pool_reading(tmp_path, read)
    assert waited < 30 and waiting_flag == 0  # far below the 60 s pause; the flag cleared after


def test_a_zygote_puts_off_forking_replacements_while_a_grading_runs(tmp_path, monkeypatch):
    monkeypatch.setattr(activity, "MAX_PAUSE", 60.0)

    def read(pool):
        zygote = _taken(pool)
        assert _ready_within(zygote, 10)
        pool.activity.in_flight(1)
        zygote.release(zygote.take_spare())  # one child left: the replacement can wait
        time.sleep(0.4)
        _ready_within(zygote, 0.05)  # reads the control messages that arrived
        during = len(zygote.spares)
        pool.activity.in_flight(0)
        deadline = time.monotonic() + 10
        while len(zygote.spares) < 2 and time.monotonic() < deadline:
            _ready_within(zygote, 0.05)
        return during, len(zygote.spares)

    assert pool_reading(tmp_path, read, prefork=2) == (1, 2)


def test_gradings_in_flight_reach_the_page(tmp_path):
    from torchdojo.grader.service import Grader

    seen = []

    def read(pool):
        grader = Grader(pool.settings, pool)
        exercise = grader.prepare("tensors/pairwise-distances").exercise
        grader.grade(exercise.id, exercise.solution)
        original = pool.zygotes[0].run

        def run(*args, **kwargs):
            seen.append(pool.activity.view[0])
            return original(*args, **kwargs)

        pool.zygotes[0].run = run
        result = grader.grade(exercise.id, exercise.solution)
        return result.status, pool.activity.view[0]

    status, after = pool_reading(tmp_path, read)
    assert status == "passed" and seen == [1] and after == 0
