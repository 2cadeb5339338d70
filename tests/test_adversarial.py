"""Hostile submissions: each is contained with a clear verdict, and a correct submission graded right
after it still passes (so nothing it did survives into the next grading)."""

from __future__ import annotations

import hashlib
import re
import sys
from pathlib import Path

import pytest

import torchdojo.grader.judge
from torchdojo.grader.sandbox import scrubbed_environment

EXERCISE = "tensors/pairwise-distances"
CORRECT = "def pairwise_distances(a, b):\n    return ((a[:, None] - b[None]) ** 2).sum(-1).sqrt()\n"
HOSTILE = sorted((Path(__file__).parent / "adversarial").glob("*.py"))


def expected_status(path: Path) -> str:
    match = re.match(r"#\s*expect:\s*(\w+)", path.read_text())
    assert match, f"{path.name} needs an '# expect: STATUS' first line"
    return match.group(1)


def test_there_are_at_least_thirty_hostile_submissions():
    assert len(HOSTILE) >= 30


@pytest.mark.parametrize("path", HOSTILE, ids=[path.stem for path in HOSTILE])
def test_hostile_submission_is_contained(grader, path):
    package_file = Path(torchdojo.grader.judge.__file__)
    before = hashlib.sha256(package_file.read_bytes()).hexdigest()
    result = grader.grade(EXERCISE, path.read_text())
    assert result.status.value == expected_status(path), str(result)
    assert result.feedback, "every verdict explains itself"
    assert "difference.pow(2)" not in result.stdout + result.feedback  # the reference never leaks
    assert hashlib.sha256(package_file.read_bytes()).hexdigest() == before
    assert not Path(sys.prefix, "lib", "torchdojo-was-here.txt").exists()
    follow_up = grader.grade(EXERCISE, CORRECT)
    assert follow_up.status.value == "passed", f"after {path.name}: {follow_up}"


def test_course_folder_is_empty_inside_the_sandbox(grader):
    result = grader.grade(
        EXERCISE, (Path(__file__).parent / "adversarial" / "list_course_folder.py").read_text()
    )
    assert "course listing: []" in result.stdout


def test_environment_is_scrubbed(grader):
    result = grader.grade(
        EXERCISE, (Path(__file__).parent / "adversarial" / "secrets_in_environment.py").read_text()
    )
    names = set(re.findall(r"'([A-Z_]+)'", result.stdout))
    assert names and names <= set(scrubbed_environment())


def test_huge_output_is_truncated_with_a_note(grader):
    result = grader.grade(EXERCISE, (Path(__file__).parent / "adversarial" / "huge_stdout.py").read_text())
    assert "output truncated" in result.stdout
    assert len(result.stdout) < 100_000


def test_an_unreadable_result_is_named_by_its_type(grader):
    path = Path(__file__).parent / "adversarial" / "unreadable_tensor_subclass.py"
    result = grader.grade(EXERCISE, path.read_text())
    assert "submission.Hollow" in result.feedback and "expected a tensor" in result.feedback


def test_a_nested_tensor_result_is_named_as_one(grader):
    path = Path(__file__).parent / "adversarial" / "nested_tensor_result.py"
    assert "is a nested tensor" in grader.grade(EXERCISE, path.read_text()).feedback
