"""The pool receives its free zygotes' control messages in the background (``Pool._collect``), so that a
grading does not read them first on its critical path."""

import os
import select
import time

from processes import pool_reading


def test_a_free_zygotes_replacement_children_are_received_before_the_next_grading(grader):
    exercise = grader.prepare("tensors/pairwise-distances").exercise
    assert grader.grade(exercise.id, exercise.solution).status == "passed"
    pool = grader.pool
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        with pool._free:
            free = list(pool.idle)
            received = all(len(zygote.spares) >= pool.settings.prefork for zygote in free)
            waiting = [z for z in free if select.select([z.socket], [], [], 0)[0]]
        if len(free) == pool.size and received and not waiting:
            break
        time.sleep(0.05)
    assert len(free) == pool.size
    assert received, [len(zygote.spares) for zygote in free]  # every replacement already handed over
    assert not waiting  # and nothing left unread on any free zygote's socket
    assert pool._collector.is_alive()
    assert grader.grade(exercise.id, exercise.solution).status == "passed"


def _thread_cpu_s(thread) -> float:
    """CPU seconds a thread of this process has used (Linux)."""
    with open(f"/proc/self/task/{thread.native_id}/stat") as stat:
        fields = stat.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def test_a_zygote_taken_by_a_grading_is_left_to_it(tmp_path):
    """Taking a zygote does not wake the collector (that would cost the grading time just as its job goes
    out), so the collector may still be watching it: a message that arrives for it then is left to the
    grading that holds it, and the collector does not spin on the socket it no longer reads."""

    def read(pool):
        zygote = pool.zygotes[0]
        deadline = time.monotonic() + 20
        while len(zygote.spares) < pool.settings.prefork and time.monotonic() < deadline:
            time.sleep(0.02)
        time.sleep(0.2)  # the collector is back in its select, watching the free zygote
        taken, _ = pool._take_idle(1)  # as a grading takes it
        assert taken is zygote
        before = _thread_cpu_s(pool._collector)
        zygote._send({"type": "ping"})
        time.sleep(0.5)
        unread = bool(select.select([zygote.socket], [], [], 0)[0])
        spent = _thread_cpu_s(pool._collector) - before
        answer = zygote._receive(time.monotonic() + 5)  # the grading's own read finds it
        pool._put_idle(zygote)
        return unread, spent, answer.get("type"), pool._collector.is_alive()

    unread, spent, kind, alive = pool_reading(tmp_path, read)
    assert unread and kind == "pong"
    assert spent < 0.1, f"the collector spent {spent:.2f} s of CPU on a socket it must leave alone"
    assert alive
