"""The pool receives its free zygotes' control messages in the background (``Pool._collect``), so that a
grading does not read them first on its critical path."""

import select
import time


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
