"""Which free zygote a grading runs on: one with a warm child ready, and a split only with one in reserve."""

from __future__ import annotations

import os
import select
import socket
import threading
import time

import pytest

from torchdojo.grader import pool


class FakeZygote:
    """What ``Pool._take_idle`` looks at: a control socket, spares with reply pipes, readiness."""

    def __init__(self, name: str, ready: int = 0, spares: int = 2):
        self.name, self.activity, self.slot = name, None, 0
        self.socket, self._peer = socket.socketpair()
        self.pipes = [os.pipe() for _ in range(spares)]
        self.spares = [pool.Spare(index, -1, read) for index, (read, _) in enumerate(self.pipes)]
        for _, write in self.pipes[:ready]:
            os.write(write, b"R")

    def ready_count(self, enough: int) -> int:
        readable = select.select([spare.reply_fd for spare in self.spares], [], [], 0)[0]
        return min(enough, len(readable))

    def get_ready(self) -> None:
        os.write(self.pipes[0][1], b"R")

    def close(self) -> None:
        for read, write in self.pipes:
            os.close(read)
            os.close(write)
        self.socket.close()
        self._peer.close()


@pytest.fixture
def make_pool():
    made: list[FakeZygote] = []

    def make(*ready: int) -> tuple[pool.Pool, list[FakeZygote]]:
        zygotes = [FakeZygote(f"z{index}", count) for index, count in enumerate(ready)]
        made.extend(zygotes)
        free = pool.Pool.__new__(pool.Pool)  # no real zygotes: only the choice is under test
        free.idle, free._free, free.closed = list(zygotes), threading.Condition(), False
        free._wake_read, free._wake_write = os.pipe()  # the collector's wake-up pipe (no collector here)
        os.set_blocking(free._wake_write, False)
        pools.append(free)
        free._collector = threading.Thread(target=lambda: None)  # never started
        return free, zygotes

    pools: list[pool.Pool] = []
    yield make
    for zygote in made:
        zygote.close()
    for free in pools:
        if free._wake_write != -1:  # a test that closed its pool closed them
            os.close(free._wake_read)
            os.close(free._wake_write)


def test_the_longest_free_zygote_with_a_child_ready_is_taken(make_pool):
    free, (first, second, third) = make_pool(0, 1, 2)
    taken, may_split = free._take_idle(1)
    assert taken is second and not may_split
    assert free.idle == [first, third]  # the others stay free, in the same order


def test_with_every_zygote_ready_the_longest_free_is_taken(make_pool):
    free, (first, second) = make_pool(2, 2)
    assert free._take_idle(1)[0] is first
    assert free.idle == [second]


@pytest.mark.parametrize(
    ("ready", "expected", "splits"),
    [
        ((2, 1), 0, True),  # another zygote keeps a child ready for the next grading
        ((2, 0), 0, False),  # splitting would leave nothing warm: the grading runs whole
        ((1, 2), 1, True),  # the zygote with two ready children, while the other keeps one
        ((0, 2), 1, False),
        ((1, 1), 0, False),  # nobody has two ready: whole, on the longest free
    ],
)
def test_a_split_keeps_a_warm_child_in_reserve(make_pool, ready, expected, splits):
    free, zygotes = make_pool(*ready)
    taken, may_split = free._take_idle(2)
    assert taken is zygotes[expected]
    assert may_split is splits


def test_a_single_free_zygote_is_taken_as_it_is(make_pool):
    free, (only,) = make_pool(0)
    assert free._take_idle(2) == (only, True)  # a one-zygote pool: its own two children decide
    assert free.idle == []


def test_when_no_child_is_ready_the_first_to_get_ready_wins(make_pool):
    free, (first, second) = make_pool(0, 0)
    timer = threading.Timer(0.2, second.get_ready)
    timer.start()
    started = time.monotonic()
    taken, _ = free._take_idle(1)
    timer.join()
    assert taken is second
    assert 0.15 <= time.monotonic() - started < 5
    assert free.idle == [first]


def test_a_caller_waits_for_a_zygote_to_come_back(make_pool):
    free, (only,) = make_pool(1)
    assert free._take_idle(1)[0] is only
    taken = []
    waiter = threading.Thread(target=lambda: taken.append(free._take_idle(1)[0]))
    waiter.start()
    time.sleep(0.1)
    assert not taken  # nothing free: it waits
    free._put_idle(only)
    waiter.join(5)
    assert taken == [only]


def test_closing_the_pool_releases_a_caller_waiting_for_a_zygote(make_pool):
    free, (only,) = make_pool(1)
    free.zygotes, free.activity, free._lock = [], None, threading.Lock()
    free._take_idle(1)
    errors = []

    def take() -> None:
        try:
            free._take_idle(1)
        except pool.SandboxError as error:
            errors.append(error)

    waiter = threading.Thread(target=take)
    waiter.start()
    time.sleep(0.1)
    free.close()
    waiter.join(5)
    assert not waiter.is_alive() and "shut down" in str(errors[0])
