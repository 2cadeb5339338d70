"""Load a course folder into a :class:`Course`, collecting every problem instead of stopping at the first.

``read_course`` is lenient (it returns whatever loaded plus the issues, so a half-written module does not
take the whole course down); ``load_course`` is strict and raises :class:`CourseInvalid`. The YAML documents
are kept, with their line maps, so later checks in ``validate`` can point at lines too.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from torchdojo.content.issues import CourseInvalid, Issue, YamlDocument, build, parse_yaml, relative
from torchdojo.content.lesson import parse_lesson
from torchdojo.content.schema import Course, CourseFile, Lesson, Module, ModuleFile, Question, QuizFile


@dataclass
class LoadResult:
    course: Course | None
    issues: list[Issue] = field(default_factory=list)
    documents: dict[str, YamlDocument] = field(default_factory=dict)  # file (relative) → parsed YAML


class _Reader:
    """Reads one course folder; every method appends to ``issues`` rather than raising."""

    def __init__(self, root: Path):
        self.root = root
        self.result = LoadResult(course=None)

    def issue(self, path: Path | str, line: int, message: str) -> None:
        file = relative(path, self.root) if isinstance(path, Path) else path
        self.result.issues.append(Issue(file, line, message))

    def yaml(self, path: Path, model):
        file = relative(path, self.root)
        try:
            document = parse_yaml(path.read_text(encoding="utf-8"), file)
            self.result.documents[file] = document
            return build(model, document, file)
        except CourseInvalid as error:
            self.result.issues.extend(error.issues)
        except OSError as error:
            self.issue(file, 1, f"cannot read the file ({error.strerror}) — check it exists and is readable")
        return None

    def course(self) -> LoadResult:
        course_path = self.root / "course.yaml"
        if not course_path.is_file():
            self.issue("course.yaml", 1, f"no course.yaml in {self.root} — is this a course folder?")
            return self.result
        meta = self.yaml(course_path, CourseFile)
        if meta is None:
            return self.result
        modules = {}
        document = self.result.documents["course.yaml"]
        for phase_index, phase in enumerate(meta.phases):
            for module_index, module_id in enumerate(phase.modules):
                line = document.line_of(("phases", phase_index, "modules", module_index))
                module = self.module(module_id, line)
                if module is not None:
                    modules[module_id] = module
        self.result.course = Course(meta=meta, modules=modules, path=self.root)
        return self.result

    def module(self, module_id: str, line: int) -> Module | None:
        folder = self.root / "modules" / module_id
        if not (folder / "module.yaml").is_file():
            self.issue(
                "course.yaml",
                line,
                f"module {module_id!r} has no modules/{module_id}/module.yaml — create it or remove the id",
            )
            return None
        meta = self.yaml(folder / "module.yaml", ModuleFile)
        if meta is None:
            return None
        if meta.id != module_id:
            self.issue(
                folder / "module.yaml",
                1,
                f"id {meta.id!r} does not match the folder name — use id: {module_id}",
            )
        lessons = self.lessons(folder, meta)
        bank = self.questions(folder / meta.test.bank) if meta.test else []
        return Module(meta=meta, lessons=lessons, bank=bank, path=folder)

    def lessons(self, folder: Path, meta: ModuleFile) -> list[Lesson]:
        lessons = []
        document = self.result.documents[relative(folder / "module.yaml", self.root)]
        for index, lesson_id in enumerate(meta.lessons):
            path = self.find_lesson(folder, lesson_id)
            if path is None:
                line = document.line_of(("lessons", index))
                self.issue(
                    folder / "module.yaml",
                    line,
                    f"lesson {lesson_id!r} has no file lessons/NN-{lesson_id}.md — create it or remove the id",
                )
                continue
            lesson = self.lesson(path, meta.id, index + 1, lesson_id)
            if lesson is not None:
                lessons.append(lesson)
        return lessons

    @staticmethod
    def find_lesson(folder: Path, lesson_id: str) -> Path | None:
        matches = sorted((folder / "lessons").glob(f"*{lesson_id}.md"))
        exact = [p for p in matches if p.stem == lesson_id or p.stem.split("-", 1)[-1] == lesson_id]
        return exact[0] if exact else None

    def lesson(self, path: Path, module_id: str, number: int, lesson_id: str) -> Lesson | None:
        file = relative(path, self.root)
        try:
            parsed = parse_lesson(path.read_text(encoding="utf-8"), file)
        except CourseInvalid as error:
            self.result.issues.extend(error.issues)
            return None
        self.result.issues.extend(parsed.issues)
        self.result.documents[file] = parsed.document
        if parsed.meta.id != lesson_id:
            self.issue(
                file,
                2,
                f"front matter id {parsed.meta.id!r} does not match module.yaml — use id: {lesson_id}",
            )
        questions = []
        if parsed.meta.quiz:
            quiz_path = path.parent.parent / "quizzes" / f"{parsed.meta.quiz}.yaml"
            if quiz_path.is_file():
                questions = self.questions(quiz_path)
            else:
                self.issue(
                    file,
                    2,
                    f"quiz {parsed.meta.quiz!r} has no file {relative(quiz_path, self.root)} — create it or fix 'quiz:'",
                )
        return Lesson(
            module=module_id,
            number=number,
            meta=parsed.meta,
            blocks=parsed.blocks,
            questions=questions,
            path=path,
        )

    def questions(self, path: Path) -> list[Question]:
        if not path.is_file():
            self.issue(path, 1, "the question file does not exist — create it or fix the path in module.yaml")
            return []
        quiz = self.yaml(path, QuizFile)
        return list(quiz.questions) if quiz else []


def read_course(root: Path | str) -> LoadResult:
    """Load leniently: the course as far as it loads, and every issue found on the way."""
    return _Reader(Path(root).resolve()).course()


def load_course(root: Path | str) -> Course:
    """Load strictly: raise CourseInvalid when any file has a problem."""
    result = read_course(root)
    if result.issues or result.course is None:
        raise CourseInvalid(result.issues)
    return result.course


def find_courses(*folders: Path) -> list[Path]:
    """Course folders (holding course.yaml) directly in or at each of ``folders``, without duplicates."""
    found: list[Path] = []
    for folder in folders:
        candidates = [folder] if (folder / "course.yaml").is_file() else sorted(folder.glob("*/course.yaml"))
        for candidate in candidates:
            path = (candidate if candidate.is_dir() else candidate.parent).resolve()
            if path not in found:
                found.append(path)
    return found
