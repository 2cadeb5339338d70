"""Exercises: one folder each, found by walking the course's ``exercises/`` tree.

A folder is an exercise when it holds ``exercise.yaml``; its id is its path under ``exercises/``
(``tensors/pairwise-distances``). Files: ``exercise.yaml`` (title, concepts, domain, difficulty, hints),
``prompt.md``, ``starter.py``, ``solution.py``, ``check.py`` (the trusted check spec, defining ``CHECK``)
and ``mistakes/*.py`` (curated wrong answers; each starts with ``# expect: STATUS [STEP] [: words]``).
Adding an exercise is adding a folder: nothing else needs editing.
"""

from __future__ import annotations

import ast
import difflib
import hashlib
import importlib.util
import re
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from torchdojo.errors import ContentError, UnknownExerciseError
from torchdojo.grader.spec import Check

REQUIRED_FILES = ("exercise.yaml", "prompt.md", "starter.py", "solution.py", "check.py")
EXPECT = re.compile(r"^#\s*expect:\s*(?P<status>\w+)(?:\s+(?P<step>[\w-]+))?(?:\s*:\s*(?P<says>.+))?$")


class ExerciseMeta(BaseModel):
    """The schema of ``exercise.yaml``."""

    model_config = ConfigDict(extra="forbid")
    title: str = Field(min_length=3)
    concepts: list[str] = Field(min_length=1)
    domain: str = "ptca-fundamentals"
    difficulty: int = Field(default=1, ge=1, le=5)
    kind: str = "drill"  # drill | project | lesson | lab-step
    hints: list[str] = Field(min_length=1)
    layout: str = ""  # the tensor layout convention, stated for the learner


@dataclass(frozen=True)
class Mistake:
    """A curated wrong answer and the diagnosis it must get."""

    path: Path
    status: str
    step: str | None
    says: str | None

    @property
    def source(self) -> str:
        return self.path.read_text()


@dataclass
class Exercise:
    id: str
    path: Path
    meta: ExerciseMeta
    _check: Check | None = field(default=None, repr=False)

    @property
    def title(self) -> str:
        return self.meta.title

    @cached_property
    def prompt(self) -> str:
        return (self.path / "prompt.md").read_text()

    @cached_property
    def starter(self) -> str:
        return (self.path / "starter.py").read_text()

    @cached_property
    def solution(self) -> str:
        return (self.path / "solution.py").read_text()

    @property
    def check(self) -> Check:
        if self._check is None:
            self._check = load_check(self.path / "check.py")
        return self._check

    @cached_property
    def fingerprint(self) -> str:
        """Changes when the check, the reference or the probing code changes (reference caches key on it)."""
        digest = hashlib.sha256()
        for name in ("check.py", "solution.py"):
            digest.update((self.path / name).read_bytes())
        grader_dir = Path(__file__).parent
        for name in ("probe.py", "wire.py", "recipes.py"):
            digest.update((grader_dir / name).read_bytes())
        return digest.hexdigest()[:16]

    @cached_property
    def starter_tree(self) -> str | None:
        return normalized_tree(self.starter)

    @cached_property
    def starter_lines(self) -> list[str]:
        return significant_lines(self.starter)

    def is_untouched(self, source: str) -> bool:
        """True when ``source`` is the starter, give or take comments and blank lines.

        A cheap line comparison rules out nearly every real submission first; only a submission whose
        lines match the starter's is parsed and compared as a syntax tree."""
        if source != self.starter and significant_lines(source) != self.starter_lines:
            return False  # (a reformatted starter that slips through still reports not_attempted when run)
        tree = normalized_tree(source)
        return tree is not None and tree == self.starter_tree

    def mistakes(self) -> list[Mistake]:
        found = []
        for path in sorted((self.path / "mistakes").glob("*.py")):
            first = path.read_text().splitlines()[:1]
            match = EXPECT.match(first[0].strip()) if first else None
            if not match:
                raise ContentError(
                    f"{path}:1: a mistake file must start with '# expect: STATUS [STEP] [: words]'"
                )
            found.append(
                Mistake(path, match["status"], match["step"], match["says"] and match["says"].strip())
            )
        return found


def significant_lines(source: str) -> list[str]:
    """The lines that are not blank or comment-only, with all whitespace removed."""
    kept = []
    for line in source.splitlines():
        squeezed = "".join(line.split())
        if squeezed and not squeezed.startswith("#"):
            kept.append(squeezed)
    return kept


def normalized_tree(source: str) -> str | None:
    try:
        return ast.dump(ast.parse(source))
    except (SyntaxError, ValueError):
        return None


def load_check(path: Path) -> Check:
    """Import a trusted check.py by path (never from the sandbox) and return its ``CHECK``."""
    spec = importlib.util.spec_from_file_location(f"torchdojo_check_{abs(hash(str(path)))}", path)
    module = importlib.util.module_from_spec(spec)
    try:
        spec.loader.exec_module(module)
    except Exception as error:
        raise ContentError(
            f"{path}: the check spec failed to import: {type(error).__name__}: {error}"
        ) from error
    check = getattr(module, "CHECK", None)
    if not isinstance(check, Check):
        raise ContentError(
            f"{path}: define CHECK = Check(entry=..., cases=...) (found {type(check).__name__})"
        )
    return check


def load_exercise(folder: Path, exercise_id: str) -> Exercise:
    missing = [name for name in REQUIRED_FILES if not (folder / name).is_file()]
    if missing:
        raise ContentError(
            f"{folder}: exercise {exercise_id!r} is missing {', '.join(missing)} — add the file(s)"
        )
    meta_path = folder / "exercise.yaml"
    try:
        raw = yaml.safe_load(meta_path.read_text()) or {}
        meta = ExerciseMeta.model_validate(raw)
    except yaml.YAMLError as error:
        raise ContentError(f"{meta_path}: not valid YAML: {error}") from None
    except ValidationError as error:
        first = error.errors()[0]
        field_name = ".".join(str(part) for part in first["loc"]) or "(top level)"
        line = _line_of(meta_path, str(first["loc"][0]) if first["loc"] else "")
        raise ContentError(
            f"{meta_path}:{line}: field {field_name!r}: {first['msg']} (got {first.get('input')!r}) — "
            f"fix it to match: title, concepts, domain, difficulty 1–5, hints"
        ) from None
    return Exercise(exercise_id, folder, meta)


def _line_of(path: Path, key: str) -> int:
    for number, line in enumerate(path.read_text().splitlines(), start=1):
        if key and line.startswith(f"{key}:"):
            return number
    return 1


_cache: dict[Path, dict[str, Exercise]] = {}


def load_exercises(course_dir: Path) -> dict[str, Exercise]:
    """Every exercise of a course, by id (cached per folder)."""
    course_dir = Path(course_dir).resolve()
    if course_dir not in _cache:
        root = course_dir / "exercises"
        found = {}
        for meta in sorted(root.rglob("exercise.yaml")):
            exercise_id = meta.parent.relative_to(root).as_posix()
            found[exercise_id] = load_exercise(meta.parent, exercise_id)
        _cache[course_dir] = found
    return _cache[course_dir]


def find_exercise(course_dir: Path, exercise_id: str) -> Exercise:
    exercises = load_exercises(course_dir)
    if exercise_id in exercises:
        return exercises[exercise_id]
    close = difflib.get_close_matches(exercise_id, list(exercises), n=3, cutoff=0.4)
    if not close:
        tail = exercise_id.rsplit("/", 1)[-1]
        close = [known for known in exercises if tail and tail in known][:3]
    raise UnknownExerciseError(exercise_id, close)
