"""Lint a course the way CI does: schema, cross-references, quiz rules, labs, exercises and code blocks.

``validate_course`` returns a :class:`Report` whose issues each name file, line, field, bad value and fix.
Lab cards and exercises belong to other packages (``torchdojo.partners.card``, ``torchdojo.grader.exercise``);
they are checked through those packages when they are installed, and only for existence otherwise.
"""

from __future__ import annotations

import importlib
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from torchdojo.content.issues import Issue, YamlDocument, relative
from torchdojo.content.loader import LoadResult, read_course
from torchdojo.content.runner import RunFailed, normalise_output, run_lesson
from torchdojo.content.schema import CodeBlock, Course, Lesson, Module, Question

QUIZ_SIZE = 5
MIN_BANK = 20
LOCATED = re.compile(r"^(?P<path>/[^:]+?)(?::(?P<line>\d+))?: (?P<rest>.*)$")


@dataclass
class Report:
    course: Course | None
    issues: list[Issue] = field(default_factory=list)
    counts: Counter = field(default_factory=Counter)

    @property
    def ok(self) -> bool:
        return not self.issues


def validate_course(
    root: Path | str, run_code: bool = True, progress: Callable[[str], None] | None = None
) -> Report:
    """Every problem in the course at ``root``, sorted by file and line; ``run_code`` also executes the
    lessons' ``python run`` and figure blocks (slow: one child process per lesson)."""
    loaded = read_course(root)
    report = Report(loaded.course, list(loaded.issues))
    if loaded.course is None:
        return report
    _check_phases(loaded, report)
    for module in loaded.course.modules.values():
        _check_module(module, loaded, report)
    _check_exercises(loaded, report)
    if run_code:
        for module in loaded.course.modules.values():
            for lesson in module.lessons:
                if progress:
                    progress(f"running {relative(lesson.path, loaded.course.path)}")
                _check_code(lesson, loaded.course.path, report)
    report.issues.sort(key=lambda issue: (issue.file, issue.line))
    return report


def _check_phases(loaded: LoadResult, report: Report) -> None:
    document = loaded.documents["course.yaml"]
    seen: set[str] = set()
    for phase_index, phase in enumerate(loaded.course.meta.phases):
        for module_index, module_id in enumerate(phase.modules):
            if module_id in seen:
                line = document.line_of(("phases", phase_index, "modules", module_index))
                report.issues.append(
                    Issue("course.yaml", line, f"module {module_id!r} is listed twice — keep one")
                )
            seen.add(module_id)


def _check_module(module: Module, loaded: LoadResult, report: Report) -> None:
    root = loaded.course.path
    report.counts["modules"] += 1
    for lesson in module.lessons:
        report.counts["lessons"] += 1
        if lesson.meta.quiz:
            file = relative(lesson.path.parent.parent / "quizzes" / f"{lesson.meta.quiz}.yaml", root)
            _check_questions(lesson.questions, loaded.documents.get(file), file, report, exact=QUIZ_SIZE)
        if lesson.meta.lab:
            _check_lab(lesson, root, report, loaded.documents[relative(lesson.path, root)].line_of(("lab",)))
    test = module.meta.test
    if test is None:
        return
    file = relative(module.path / test.bank, root)
    document = loaded.documents.get(file)
    if document is None:
        return
    _check_questions(module.bank, document, file, report, minimum=MIN_BANK)
    if test.draw > len(module.bank):
        line = loaded.documents[relative(module.path / "module.yaml", root)].line_of(("test", "draw"))
        message = f"test 'draw' is {test.draw} but the bank has only {len(module.bank)} questions — lower draw or add questions"
        report.issues.append(Issue(relative(module.path / "module.yaml", root), line, message))


def _check_questions(
    questions: list[Question],
    document: YamlDocument | None,
    file: str,
    report: Report,
    exact: int = 0,
    minimum: int = 0,
) -> None:
    if document is None:
        return
    report.counts["questions"] += len(questions)
    if exact and len(questions) != exact:
        report.issues.append(
            Issue(
                file,
                document.line_of(("questions",)),
                f"the quiz has {len(questions)} questions — a lesson quiz has exactly {exact}",
            )
        )
    if minimum and len(questions) < minimum:
        report.issues.append(
            Issue(
                file,
                document.line_of(("questions",)),
                f"the bank has {len(questions)} questions — a module test bank needs at least {minimum}",
            )
        )
    seen: set[str] = set()
    for index, question in enumerate(questions):
        line = document.line_of(("questions", index))
        if question.id in seen:
            report.issues.append(
                Issue(
                    file,
                    document.line_of(("questions", index, "id")),
                    f"question id {question.id!r} is used twice — give each question its own id",
                )
            )
        seen.add(question.id)
        correct = len(question.correct_indexes)
        if question.kind == "single" and correct != 1:
            report.issues.append(
                Issue(
                    file,
                    line,
                    f"question {question.id!r} is 'single' but has {correct} correct options — mark exactly one correct: true",
                )
            )
        if question.kind == "multi" and correct == 0:
            report.issues.append(
                Issue(
                    file,
                    line,
                    f"question {question.id!r} has no correct option — mark at least one correct: true",
                )
            )


def _soft_import(name: str):
    try:
        return importlib.import_module(name)
    except ImportError:
        return None


def located_issues(message: str, root: Path, fallback: str) -> list[Issue]:
    """Turn another package's '/abs/path:LINE: text' lines into Issues relative to the course folder."""
    issues = []
    for line in message.splitlines() or [message]:
        match = LOCATED.match(line)
        if match:
            issues.append(Issue(relative(Path(match["path"]), root), int(match["line"] or 1), match["rest"]))
        elif issues:
            issues[-1] = Issue(issues[-1].file, issues[-1].line, f"{issues[-1].message}\n{line}")
        else:
            issues.append(Issue(fallback, 1, line))
    return issues


def _check_lab(lesson: Lesson, root: Path, report: Report, line: int) -> None:
    file = relative(lesson.path, root)
    lab_id = lesson.meta.lab
    report.counts["labs"] += 1
    if "/" not in lab_id:
        report.issues.append(
            Issue(file, line, f"'lab' has the bad value {lab_id!r} — use '<module-id>/<lab-name>'")
        )
        return
    path = root / "labs" / f"{lab_id}.yaml"
    if not path.is_file():
        report.issues.append(
            Issue(file, line, f"'lab' {lab_id!r} has no card labs/{lab_id}.yaml — create it or fix the id")
        )
        return
    card = _soft_import("torchdojo.partners.card")
    if card is None:
        return
    try:
        card.load_card(path, expected_id=lab_id)
    except Exception as error:  # the partner package phrases its own errors (file:line: field — fix)
        report.issues.extend(located_issues(str(error), root, relative(path, root)))


def _check_exercises(loaded: LoadResult, report: Report) -> None:
    course = loaded.course
    known = _known_exercises(course, report)
    for module in course.modules.values():
        for lesson in module.lessons:
            document = loaded.documents[relative(lesson.path, course.path)]
            for index, exercise_id in enumerate(lesson.meta.exercises):
                report.counts["exercises"] += 1
                if (
                    exercise_id not in known
                    and not (course.path / "exercises" / exercise_id / "exercise.yaml").is_file()
                ):
                    message = f"exercise {exercise_id!r} (item {index + 1} of 'exercises') has no folder exercises/{exercise_id}/ — create it or fix the id"
                    line = document.line_of(("exercises", index))
                    report.issues.append(Issue(relative(lesson.path, course.path), line, message))


def _known_exercises(course: Course, report: Report) -> set[str]:
    exercise = _soft_import("torchdojo.grader.exercise")
    loader = getattr(exercise, "load_exercises", None)
    if loader is None or not (course.path / "exercises").is_dir():
        return set()
    try:
        loaded = loader(course.path)
    except Exception as error:  # the grader phrases its own errors (file:line: field — fix)
        report.issues.extend(located_issues(str(error), course.path, "exercises"))
        return set()
    return set(loaded.keys() if isinstance(loaded, dict) else (getattr(e, "id", "") for e in loaded))


def _check_code(lesson: Lesson, root: Path, report: Report) -> None:
    file = relative(lesson.path, root)
    try:
        runs = run_lesson(lesson, file)
    except RunFailed as error:
        report.issues.append(Issue(file, 1, str(error)))
        return
    for run in runs:
        report.counts["code blocks"] += 1
        if run.error:
            last = run.error.strip().splitlines()[-1]
            report.issues.append(
                Issue(file, run.block.line, f"this code block raised {last} — fix the code\n{run.error}")
            )
        elif isinstance(run.block, CodeBlock) and run.block.output is not None:
            _compare_output(run.block, run.stdout, file, report)
        elif run.block.kind == "figure" and not (run.svg or "").lstrip().startswith(("<svg", "<?xml")):
            report.issues.append(
                Issue(
                    file,
                    run.block.line,
                    f"figure {run.block.name!r} left no `svg` string starting with <svg — assign the SVG text to a variable named svg",
                )
            )


def _compare_output(block: CodeBlock, stdout: str, file: str, report: Report) -> None:
    expected, actual = normalise_output(block.output), normalise_output(stdout)
    if expected != actual:
        message = (
            "the recorded output block does not match what the code prints — update the output block "
            f"(or stop recording output that varies)\n  recorded: {expected!r}\n  printed:  {actual!r}"
        )
        report.issues.append(Issue(file, block.line, message))
