"""Warming the grader up at a server's start: every exercise prepared, then the pool started with all
their case inputs (``Grader.warm_up``, ``serve``'s background thread)."""

import logging
import threading
import time

from torchdojo.cli import serve
from torchdojo.grader import service
from torchdojo.grader.exercise import load_exercises


def test_warm_up_prepares_every_exercise_before_it_starts_the_pool(grader, monkeypatch):
    started = []
    monkeypatch.setattr(service, "shared_pool", lambda settings, inputs: started.append(inputs()) or "pool")
    warm = service.Grader(grader.settings)
    assert warm.warm_up() == []
    every = sorted(load_exercises(grader.settings.course))
    assert sorted(warm._prepared) == every
    assert len(started) == 1 and len(started[0]) == len(every)  # the pool got every exercise's inputs
    assert warm.pool == "pool"


def test_warm_up_names_what_it_could_not_prepare_and_prepares_the_rest(grader, monkeypatch, caplog):
    started = []
    monkeypatch.setattr(service, "shared_pool", lambda settings, inputs: started.append(inputs()) or "pool")
    warm = service.Grader(grader.settings)
    with caplog.at_level(logging.WARNING, logger="torchdojo.grader"):
        failed = warm.warm_up(["no/such-exercise", "tensors/pairwise-distances"])
    assert failed == ["no/such-exercise"]
    assert "no/such-exercise" in caplog.text
    assert list(warm._prepared) == ["tensors/pairwise-distances"]
    assert len(started) == 1 and len(started[0]) == 1


class _Recorder:
    def __init__(self, error: Exception | None = None):
        self.calls = 0
        self.error = error
        self.done = threading.Event()

    def warm_up(self):
        self.calls += 1
        self.done.set()
        if self.error is not None:
            raise self.error
        return []


def test_serve_warms_the_grader_of_its_own_settings_in_a_background_thread(grader, monkeypatch):
    recorder = _Recorder()
    asked = []
    monkeypatch.setattr(service, "default_grader", lambda settings: asked.append(settings) or recorder)
    thread = serve.warm_grader_in_background(grader.settings)
    thread.join(timeout=30)
    assert thread.daemon and not thread.is_alive()
    assert recorder.calls == 1 and asked == [grader.settings]


def test_a_failed_warm_up_is_logged_and_leaves_the_server_running(grader, monkeypatch, caplog):
    recorder = _Recorder(RuntimeError("no bubblewrap here"))
    monkeypatch.setattr(service, "default_grader", lambda settings: recorder)
    with caplog.at_level(logging.WARNING, logger="torchdojo.web"):
        serve.warm_grader_in_background(grader.settings).join(timeout=30)
    assert recorder.calls == 1
    assert "no bubblewrap here" in caplog.text


def test_a_pool_started_by_a_thread_that_has_ended_still_grades(grader):
    """bubblewrap kills the sandbox when the thread that started it ends (PR_SET_PDEATHSIG); zygotes are
    started from one long-lived thread, so a pool first used from a finished worker thread keeps working."""
    from torchdojo.grader import pool

    started = []
    thread = threading.Thread(target=lambda: started.append(pool.Pool(grader.settings)))
    thread.start()
    thread.join(timeout=180)
    assert started, "the pool did not start"
    own = started[0]
    try:
        time.sleep(0.5)  # a killed sandbox would be gone by now
        assert all(zygote.process.poll() is None for zygote in own.zygotes)
        exercise = grader.prepare("tensors/pairwise-distances").exercise
        result = service.Grader(grader.settings, pool=own).grade(exercise.id, exercise.solution)
        assert result.status == "passed", result.feedback
    finally:
        own.close()
