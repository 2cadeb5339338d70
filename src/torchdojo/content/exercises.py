"""Read what a learner sees of an exercise folder: title, prompt, starter, hints and solution.

The grader (``torchdojo.grader.exercise``) owns the exercise format and its checks; this is the read-only view
the web app shows, taken from the documented files (``exercise.yaml``, ``prompt.md``, ``starter.py``,
``solution.py``). It never reads ``check.py``.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml

from torchdojo.errors import ContentError


@dataclass(frozen=True)
class ExerciseView:
    id: str
    title: str
    prompt: str
    starter: str
    solution: str
    hints: tuple[str, ...]
    concepts: tuple[str, ...] = ()


def _read(path: Path) -> str:
    return path.read_text(encoding="utf-8") if path.is_file() else ""


def read_exercise(course_dir: Path, exercise_id: str) -> ExerciseView:
    """The learner-facing parts of ``exercises/<exercise_id>/``; ContentError when it does not exist."""
    folder = course_dir / "exercises" / exercise_id
    if ".." in exercise_id.split("/") or not (folder / "exercise.yaml").is_file():
        raise ContentError(
            f"unknown exercise {exercise_id!r}: there is no exercises/{exercise_id}/exercise.yaml"
        )
    try:
        meta = yaml.safe_load(_read(folder / "exercise.yaml")) or {}
    except yaml.YAMLError as error:
        raise ContentError(
            f"exercises/{exercise_id}/exercise.yaml: invalid YAML ({error}) — fix the syntax"
        ) from None
    hints = meta.get("hints") or []
    return ExerciseView(
        id=exercise_id,
        title=str(meta.get("title") or exercise_id),
        prompt=_read(folder / "prompt.md"),
        starter=_read(folder / "starter.py"),
        solution=_read(folder / "solution.py"),
        hints=tuple(str(h) for h in hints),
        concepts=tuple(str(c) for c in meta.get("concepts") or ()),
    )
