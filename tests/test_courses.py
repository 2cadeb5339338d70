"""For every shipped exercise: the reference passes, the starter is not attempted, and every curated
mistake gets its intended diagnosis (status, the first failing cascade step, and words of the message)."""

from __future__ import annotations

import pytest

from torchdojo.grader.exercise import load_exercises
from torchdojo.settings import BUNDLED_COURSE

EXERCISES = load_exercises(BUNDLED_COURSE)
MISTAKES = [(exercise.id, mistake) for exercise in EXERCISES.values() for mistake in exercise.mistakes()]


def test_the_course_ships_exercises():
    assert {"tensors/pairwise-distances", "first-model/fix-training-loop"} <= set(EXERCISES)


@pytest.mark.parametrize("exercise_id", sorted(EXERCISES))
def test_reference_passes(grader, exercise_id):
    result = grader.grade(exercise_id, EXERCISES[exercise_id].solution)
    assert result.status.value == "passed", str(result)


@pytest.mark.parametrize("exercise_id", sorted(EXERCISES))
def test_untouched_starter_is_not_attempted(grader, exercise_id):
    result = grader.grade(exercise_id, EXERCISES[exercise_id].starter)
    assert result.status.value == "not_attempted", str(result)


@pytest.mark.parametrize("exercise_id", sorted(EXERCISES))
def test_starter_with_a_comment_added_is_still_not_attempted(grader, exercise_id):
    source = EXERCISES[exercise_id].starter + "\n# I will do this later\n"
    assert grader.grade(exercise_id, source).status.value == "not_attempted"


@pytest.mark.parametrize("exercise_id", sorted(EXERCISES))
def test_every_exercise_has_hints_a_prompt_and_mistakes(exercise_id):
    exercise = EXERCISES[exercise_id]
    assert len(exercise.meta.hints) >= 2
    assert exercise.check.entry in exercise.prompt
    assert exercise.mistakes(), f"{exercise_id} has no curated mistakes"


@pytest.mark.parametrize(
    ("exercise_id", "mistake"), MISTAKES, ids=[f"{e}:{m.path.stem}" for e, m in MISTAKES]
)
def test_mistake_gets_its_diagnosis(grader, exercise_id, mistake):
    result = grader.grade(exercise_id, mistake.source)
    assert result.status.value == mistake.status, str(result)
    failing = [check for check in result.checks if check.status != "passed"]
    if mistake.step:
        assert failing and failing[0].step == mistake.step, str(result)
    if mistake.says:
        assert mistake.says.lower() in (failing[0].message if failing else result.feedback).lower(), str(
            result
        )
