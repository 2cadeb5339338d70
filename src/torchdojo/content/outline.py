"""A course's outline as plain data: modules → lessons with their quiz, lab and exercises, and module tests.

This is what ``torchdojo outline --json`` prints and what other tools (notebooks, the test suite) read to
discover what a course contains without parsing its files themselves.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from torchdojo.content.schema import Course, Lesson, Module


def lesson_outline(lesson: Lesson) -> dict[str, Any]:
    return {
        "id": lesson.id,
        "number": lesson.number,
        "title": lesson.title,
        "quiz_questions": len(lesson.questions),
        "lab": lesson.meta.lab,
        "exercises": list(lesson.meta.exercises),
        "concepts": list(lesson.meta.concepts),
        "domain": lesson.meta.domain,
    }


def module_outline(module: Module, phase: str) -> dict[str, Any]:
    test = module.meta.test
    return {
        "id": module.id,
        "title": module.title,
        "phase": phase,
        "lessons": [lesson_outline(lesson) for lesson in module.lessons],
        "test": {"bank_size": len(module.bank), "draw": test.draw, "pass_percent": test.pass_percent}
        if test
        else None,
    }


def course_outline(course: Course) -> dict[str, Any]:
    modules = [
        module_outline(course.modules[module_id], phase.id)
        for phase in course.meta.phases
        for module_id in phase.modules
        if module_id in course.modules
    ]
    phases = [
        {"id": p.id, "title": p.title, "weeks": p.weeks, "modules": list(p.modules)}
        for p in course.meta.phases
    ]
    return {
        "id": course.id,
        "title": course.title,
        "path": str(course.path),
        "phases": phases,
        "modules": modules,
        "exercises": exercise_outline(course.path),
    }


def exercise_outline(course_dir: Path) -> dict[str, Any]:
    """Every graded exercise by kind (drill, project, lab-step, …): ids per kind and their counts."""
    by_kind: dict[str, list[str]] = {}
    root = Path(course_dir) / "exercises"
    for meta_path in sorted(root.rglob("exercise.yaml")):
        try:
            meta = yaml.safe_load(meta_path.read_text(encoding="utf-8")) or {}
        except yaml.YAMLError:
            meta = {}  # `torchdojo validate` reports it; the outline still lists the exercise
        kind = str(meta.get("kind", "drill")) if isinstance(meta, dict) else "drill"
        by_kind.setdefault(kind, []).append(meta_path.parent.relative_to(root).as_posix())
    return {"counts": {kind: len(ids) for kind, ids in sorted(by_kind.items())}, "by_kind": by_kind}
