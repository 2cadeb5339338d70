"""Course commands: ``courses`` lists course folders, ``outline`` shows one, ``validate`` lints one like CI."""

from __future__ import annotations

import json
from pathlib import Path

import click

from torchdojo.content.loader import find_courses, read_course
from torchdojo.content.outline import course_outline
from torchdojo.content.validate import validate_course
from torchdojo.errors import ContentError
from torchdojo.settings import BUNDLED_COURSE, load_settings


def _known_courses() -> list[Path]:
    settings = load_settings()
    return find_courses(BUNDLED_COURSE.parent, settings.course)


def _resolve(course: str | None) -> Path:
    """A course given as a folder path or a course id; the configured course when omitted."""
    if course is None:
        return load_settings().course
    path = Path(course).expanduser()
    if (path / "course.yaml").is_file():
        return path
    for folder in _known_courses():
        loaded = read_course(folder).course
        if folder.name == course or (loaded is not None and loaded.id == course):
            return folder
    raise ContentError(
        f"no course {course!r}: pass a folder holding course.yaml or one of the ids from 'torchdojo courses'"
    )


@click.command("courses")
@click.option("--json", "as_json", is_flag=True, help="Print a JSON list of {id, title, path}.")
def courses(as_json: bool) -> None:
    """List the courses torchdojo knows about."""
    rows = []
    for folder in _known_courses():
        course = read_course(folder).course
        if course is None:
            click.echo(
                f"warning: {folder} has no readable course.yaml — run 'torchdojo validate {folder}'", err=True
            )
            continue
        rows.append({"id": course.id, "title": course.title, "path": str(folder)})
    if as_json:
        click.echo(json.dumps(rows, indent=2))
        return
    for row in rows:
        click.echo(f"{row['id']:<16} {row['title']}  ({row['path']})")


@click.command("outline")
@click.argument("course", required=False)
@click.option("--json", "as_json", is_flag=True, help="Print the outline as JSON.")
def outline(course: str | None, as_json: bool) -> None:
    """Show a course's modules, lessons, quizzes, labs, exercises and module tests."""
    loaded = read_course(_resolve(course))
    if loaded.course is None:
        raise ContentError("\n".join(str(issue) for issue in loaded.issues))
    if loaded.issues:
        click.echo(
            f"warning: {len(loaded.issues)} problem(s) left parts out — run 'torchdojo validate'", err=True
        )
    data = course_outline(loaded.course)
    if as_json:
        click.echo(json.dumps(data, indent=2))
        return
    click.echo(data["title"])
    for module in data["modules"]:
        click.echo(f"\n{module['id']}: {module['title']}  [{module['phase']}]")
        for lesson in module["lessons"]:
            extras = [f"quiz {lesson['quiz_questions']}q"] if lesson["quiz_questions"] else []
            extras += [f"lab {lesson['lab']}"] if lesson["lab"] else []
            extras += [f"exercise {e}" for e in lesson["exercises"]]
            click.echo(f"  L{lesson['number']} {lesson['id']}: {lesson['title']}  ({', '.join(extras)})")
        if module["test"]:
            test = module["test"]
            click.echo(
                f"  module test: {test['draw']} of {test['bank_size']} questions, pass at {test['pass_percent']}%"
            )


@click.command("validate")
@click.argument("path", required=False, type=click.Path(file_okay=False, path_type=Path))
@click.option("--no-run", is_flag=True, help="Skip executing python run and figure blocks.")
@click.pass_context
def validate(context: click.Context, path: Path | None, no_run: bool) -> None:
    """Check a course folder the way CI does; exit 1 when anything is wrong."""
    root = path or load_settings().course
    report = validate_course(root, run_code=not no_run, progress=lambda line: click.echo(line, err=True))
    for issue in report.issues:
        click.echo(str(issue))
    counted = ", ".join(f"{count} {name}" for name, count in sorted(report.counts.items())) or "nothing"
    if report.issues:
        click.echo(f"\n{len(report.issues)} problem(s) in {root} (checked {counted}).", err=True)
        context.exit(1)
    click.echo(f"{root}: OK (checked {counted}).")


def register(group: click.Group) -> None:
    group.add_command(courses)
    group.add_command(outline)
    group.add_command(validate)
