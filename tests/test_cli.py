"""The command line, run as a user runs it: exit codes, JSON lines, helpful errors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

EXERCISE_DIR = (
    Path(__file__).parents[1] / "src/torchdojo/courses/pytorch/exercises/tensors/pairwise-distances"
)


def run(*args, home):
    return subprocess.run(
        [sys.executable, "-m", "torchdojo", *args, "--home", str(home)]
        if args[0] == "grade"
        else [sys.executable, "-m", "torchdojo", *args],
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_grade_json_one_line_per_file_and_exit_one_when_any_fails(tmp_path):
    solution, wrong = EXERCISE_DIR / "solution.py", EXERCISE_DIR / "mistakes" / "transposed.py"
    completed = run("grade", "tensors/pairwise-distances", str(solution), str(wrong), "--json", home=tmp_path)
    assert completed.returncode == 1, completed.stderr
    lines = [json.loads(line) for line in completed.stdout.splitlines()]
    assert [line["status"] for line in lines] == ["passed", "failed"]
    for line in lines:
        assert {"exercise", "file", "status", "checks", "feedback", "duration_ms", "stdout"} <= set(line)
        assert all({"name", "status", "message"} <= set(check) for check in line["checks"])
    assert lines[0]["file"] == str(solution)


def test_grade_exits_zero_when_everything_passed(tmp_path):
    completed = run("grade", "tensors/pairwise-distances", str(EXERCISE_DIR / "solution.py"), home=tmp_path)
    assert completed.returncode == 0, completed.stderr
    assert completed.stdout.startswith("PASS")


def test_what_a_submission_prints_or_raises_cannot_act_on_the_terminal(tmp_path):
    source = tmp_path / "noisy.py"
    source.write_text(
        "import torch\n"
        "print('unpaired \\ud800 surrogate', '\\x1b[2J')\n"
        "def pairwise_distances(a, b):\n"
        "    raise ValueError('\\x1b[31mred')\n"
    )
    completed = run("grade", "tensors/pairwise-distances", str(source), home=tmp_path)
    assert completed.returncode == 1, completed.stderr
    assert (
        "\x1b" not in completed.stdout
        and "\\x1b[2J" in completed.stdout
        and "\\x1b[31mred" in completed.stdout
    )
    assert "unpaired \ufffd surrogate" in completed.stdout
    as_json = run("grade", "tensors/pairwise-distances", str(source), "--json", home=tmp_path)
    assert json.loads(as_json.stdout)["stdout"].startswith("unpaired \ufffd surrogate \x1b[2J")


def test_unknown_exercise_exits_two_and_lists_the_closest_ids(tmp_path):
    completed = run("grade", "tensors/pairwise-distanse", str(EXERCISE_DIR / "solution.py"), home=tmp_path)
    assert completed.returncode == 2
    assert "tensors/pairwise-distances" in completed.stderr


def test_missing_file_is_a_usage_error(tmp_path):
    completed = run("grade", "tensors/pairwise-distances", str(tmp_path / "nope.py"), home=tmp_path)
    assert completed.returncode == 2
    assert "does not exist" in completed.stderr


def test_exercises_json_lists_ids_titles_and_concepts():
    completed = run("exercises", "--json", home=None)
    rows = json.loads(completed.stdout)
    pairwise = next(row for row in rows if row["id"] == "tensors/pairwise-distances")
    assert pairwise["title"] and "broadcasting" in pairwise["concepts"]


def test_hint_reveals_hints_in_tiers():
    one = run("hint", "tensors/pairwise-distances", home=None).stdout
    two = run("hint", "tensors/pairwise-distances", "2", home=None).stdout
    assert one.count("Hint ") == 1 and two.count("Hint ") == 2


def test_the_command_line_starts_without_importing_torch():
    """`torchdojo serve` must show the course fast: torch loads only when grading or matching needs it."""
    code = "import sys, torchdojo.cli, torchdojo.web.app, torchdojo.partners; print('torch' in sys.modules)"
    completed = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert completed.stdout.strip() == "False", completed.stderr


def test_outline_counts_exercises_by_kind():
    outline = json.loads(run("outline", "--json", home=None).stdout)
    counts, by_kind = outline["exercises"]["counts"], outline["exercises"]["by_kind"]
    assert counts["project"] == 6 and len(by_kind["project"]) == 6
    assert "tensors/pairwise-distances" in by_kind["drill"]
    folders = list(
        (Path(__file__).parents[1] / "src/torchdojo/courses/pytorch/exercises").rglob("exercise.yaml")
    )
    assert sum(counts.values()) == len(folders)


def test_validate_passes_on_the_bundled_course_and_runs_every_code_block():
    """CI runs every lesson's code blocks and compares their recorded output, through the real command."""
    completed = subprocess.run(
        [sys.executable, "-m", "torchdojo", "validate"], capture_output=True, text=True, timeout=600
    )
    assert completed.returncode == 0, completed.stdout[-3000:] + completed.stderr[-3000:]
    assert "OK" in completed.stdout + completed.stderr
