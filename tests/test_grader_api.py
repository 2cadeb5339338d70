"""The Python API the notebooks build on, and the grader benchmark's report."""

from __future__ import annotations

from pathlib import Path

import torchdojo
from torchdojo.grader import bench
from torchdojo.grader.result import GradeResult, Verdict
from torchdojo.grader.service import read_submission

SOLUTION = (
    Path(__file__).parents[1]
    / "src/torchdojo/courses/pytorch/exercises/tensors/pairwise-distances/solution.py"
)


def test_grade_accepts_a_path_or_source(grader, monkeypatch):
    monkeypatch.setattr("torchdojo.grader.service.default_grader", lambda settings=None: grader)
    by_path = torchdojo.grade("tensors/pairwise-distances", SOLUTION)
    by_source = torchdojo.grade("tensors/pairwise-distances", SOLUTION.read_text())
    assert by_path.status is by_source.status is Verdict.PASSED
    assert by_path.file == str(SOLUTION) and by_source.file is None


def test_result_round_trips_through_json(grader):
    result = grader.grade("tensors/pairwise-distances", "def pairwise_distances(a, b):\n    return a\n")
    again = GradeResult.from_dict(result.to_dict())
    assert again.status is result.status and again.checks == result.checks


def test_read_submission_treats_unknown_names_as_source():
    assert read_submission("x = 1") == ("x = 1", None)
    assert read_submission(str(SOLUTION))[1] == str(SOLUTION)


def test_a_file_that_is_not_utf8_is_read_with_the_bad_bytes_replaced(tmp_path):
    path = tmp_path / "latin.py"
    path.write_bytes(b"def f():\n    return 1  # caf\xe9\n")
    source, file = read_submission(path)
    assert source == "def f():\n    return 1  # caf\ufffd\n" and file == str(path)


def test_a_submission_over_the_size_limit_is_refused_before_it_runs(grader):
    limit = grader.settings.max_source_kb * 1024
    padding = "# " + "x" * 98 + "\n"
    source = SOLUTION.read_text() + padding * (limit // len(padding) + 1)
    result = grader.grade("tensors/pairwise-distances", source)
    assert result.status is Verdict.ERROR and result.checks[0].name == "load"
    assert f"up to {grader.settings.max_source_kb} kB" in result.feedback
    assert "max_source_kb" in result.feedback
    just_under = SOLUTION.read_text() + padding * ((limit - len(SOLUTION.read_text())) // len(padding))
    assert len(just_under.encode()) <= limit
    assert grader.grade("tensors/pairwise-distances", just_under).status is Verdict.PASSED


def test_bench_reports_every_key(grader):
    report = bench.run(grader, count=12, fresh_count=1)
    assert {"pool_p50_ms", "pool_p99_ms", "throughput_per_s", "fresh_p50_ms", "speedup"} <= set(report)
    assert report["fresh_p50_ms"] > report["pool_p50_ms"] > 0
    steal = report["host_steal_percent"]
    assert steal is None or 0.0 <= steal <= 100.0
    for key in ("machine_python_ms", "machine_fork_ms"):  # before and after the pool's passes
        assert len(report[key]) == 2 and all(value > 0 for value in report[key])


def test_the_machine_check_times_real_work():
    assert bench.python_ms(repeats=1) > 0.1  # 60,000 dictionary updates cannot take under 0.1 ms
    assert bench.fork_ms(repeats=3) > 0.01


def test_steal_percent_is_the_stolen_share_of_the_ticks_between_two_readings():
    assert bench.steal_percent((1000, 10), (1400, 30)) == 5.0
    assert bench.steal_percent(None, (1400, 30)) is None
    assert bench.steal_percent((1400, 30), (1400, 30)) is None  # no time passed: no share
    ticks = bench.cpu_ticks()
    if ticks is not None:  # Linux: the total counts every state, so it bounds the stolen ticks
        assert ticks[0] >= ticks[1] >= 0


def test_a_dead_zygote_is_replaced_and_the_next_gradings_pass(grader):
    correct = SOLUTION.read_text()
    assert grader.grade("tensors/pairwise-distances", correct).passed
    victim = grader.pool.zygotes[0]
    victim.process.kill()
    victim.process.wait()
    results = [grader.grade("tensors/pairwise-distances", correct) for _ in range(2 * grader.pool.size + 1)]
    assert all(result.passed for result in results), [str(result) for result in results if not result.passed]
    assert victim not in grader.pool.zygotes


def test_feedback_draws_the_learners_model_up_to_the_failing_layer(grader):
    source = "from torch import nn\n\ndef make_mlp(n_in, hidden, n_out):\n    return nn.Sequential(nn.Linear(n_in, hidden), nn.ReLU(), nn.Linear(n_in, n_out))\n"
    result = grader.grade("modules/make-mlp", source)
    diagram = result.extras["model_diagram"]
    assert [row["type"] for row in diagram["yours"]] == ["Linear", "ReLU", "Linear"]
    assert diagram["yours"][-1]["failed"] and diagram["yours"][0]["shape"] == [5, 16]
    assert [row["parameters"] for row in diagram["reference"]] == [8 * 16 + 16, 0, 16 * 3 + 3]


def test_training_feedback_has_the_loss_curve_beside_the_reference(grader):
    exercise = (
        Path(__file__).parents[1] / "src/torchdojo/courses/pytorch/exercises/first-model/fix-training-loop"
    )
    result = grader.grade(
        "first-model/fix-training-loop", (exercise / "mistakes" / "starter-order.py").read_text()
    )
    curve = result.extras["loss_curve"]
    assert len(curve["yours"]) == len(curve["reference"]) > 1
    assert curve["yours"][0] == curve["reference"][0] and curve["yours"][1:] != curve["reference"][1:]


def test_untouched_starter_is_recognised_through_comments_and_blank_lines_only():
    from torchdojo.grader.exercise import find_exercise
    from torchdojo.settings import load_settings

    exercise = find_exercise(load_settings().course, "tensors/pairwise-distances")
    starter = exercise.starter
    assert exercise.is_untouched(starter)
    assert exercise.is_untouched("# my notes\n\n" + starter.replace("\n", "\n\n") + "\n# done?\n")
    assert not exercise.is_untouched(exercise.solution)
    assert not exercise.is_untouched(starter.replace("NotImplementedError", "ValueError"))
    assert not exercise.is_untouched(starter + "\nx = 1\n")


def test_preparing_an_exercise_reads_what_its_first_grading_needs(tmp_path, monkeypatch):
    """Every grading first checks whether the submission is the untouched starter: preparing the exercise
    reads the starter, so that its first grading does not wait for the file."""
    import dataclasses

    from torchdojo.grader.exercise import find_exercise
    from torchdojo.grader.service import Prepared
    from torchdojo.settings import load_settings

    found = find_exercise(load_settings().course, "tensors/pairwise-distances")
    exercise = dataclasses.replace(found)  # a fresh object: nothing read or cached yet
    prepared = Prepared(exercise, tmp_path)
    solution, starter = found.solution, found.starter  # the submissions, read before grading starts

    def no_reading(self, *args, **kwargs):
        raise AssertionError(f"{self} was read while grading")

    monkeypatch.setattr(Path, "read_text", no_reading)
    monkeypatch.setattr(Path, "read_bytes", no_reading)
    assert not prepared.exercise.is_untouched(solution)
    assert prepared.exercise.is_untouched("# not started yet\n" + starter)


def test_read_submission_takes_bytes_and_path_likes_and_names_what_it_cannot_read(tmp_path):
    import pytest

    assert read_submission(b"x = 1\n") == ("x = 1\n", None)
    assert read_submission(SOLUTION)[0] == SOLUTION.read_text()
    with pytest.raises(FileNotFoundError, match="no submission file at .*missing.py: it does not exist"):
        read_submission(tmp_path / "missing.py")
    with pytest.raises(FileNotFoundError, match="is a folder"):
        read_submission(tmp_path)
    with pytest.raises(TypeError, match="got NoneType"):
        read_submission(None)
