"""``torchdojo grade``, ``exercises``, ``hint`` and ``show``: the grader's command-line front door."""

from __future__ import annotations

import json
import re
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import click

from torchdojo.settings import load_settings

STATUS_MARK = {
    "passed": "PASS",
    "failed": "FAIL",
    "error": "ERROR",
    "timed_out": "TIMEOUT",
    "memory_exceeded": "MEMORY",
    "not_attempted": "TODO",
}


def settings_options(function):
    """Options every grading command shares; they override torchdojo.toml and TORCHDOJO_* variables."""
    function = click.option(
        "--home", type=click.Path(file_okay=False, path_type=Path), help="TORCHDOJO_HOME for this run."
    )(function)
    function = click.option(
        "--course",
        type=click.Path(exists=True, file_okay=False, path_type=Path),
        help="A course folder other than the bundled one.",
    )(function)
    function = click.option(
        "--sandbox", type=click.Choice(["auto", "bwrap", "none"]), help="Isolation mode (default: auto)."
    )(function)
    function = click.option("--timeout", "timeout_s", type=float, help="Wall-clock seconds per submission.")(
        function
    )
    return function


def make_settings(**overrides):
    return load_settings({key: value for key, value in overrides.items() if value is not None})


@click.command()
@click.argument("exercise_id")
@click.argument(
    "files", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path)
)
@click.option("--json", "as_json", is_flag=True, help="One JSON object per line per file.")
@settings_options
@click.pass_context
def grade(context, exercise_id, files, as_json, **overrides):
    """Grade FILE(s) against EXERCISE_ID. Exit 0 when every file passed, 1 otherwise."""
    from torchdojo.grader.service import Grader, read_source_file

    grader = Grader(make_settings(**overrides))
    grader.prepare(exercise_id)  # an unknown id fails here, before any file is read
    sources = [(path, read_source_file(path)) for path in files]
    with ThreadPoolExecutor(max_workers=max(1, min(len(sources), grader.pool.size))) as executor:
        results = list(executor.map(lambda item: grader.grade(exercise_id, item[1], str(item[0])), sources))
    for result in results:
        click.echo(json.dumps(result.to_dict()) if as_json else _human(result))
    context.exit(0 if all(result.passed for result in results) else 1)


_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def _visible(text: str) -> str:
    """Text with control characters other than newline and tab (terminal escapes, NUL, …) shown as \\xNN,
    so that what a submission printed or raised cannot act on the grader's terminal."""
    return _CONTROL.sub(lambda match: f"\\x{ord(match.group()):02x}", text)


def _human(result) -> str:
    lines = [
        f"{STATUS_MARK[result.status.value]}  {result.file}  ({result.exercise}, {result.duration_ms:.0f} ms)",
        f"  {result.feedback}",
    ]
    failing = [check for check in result.checks if check.status != "passed"]
    first_words = failing[0].message.split(" Case: ")[0] if failing else ""
    same = [check for check in failing[1:] if check.message.split(" Case: ")[0] == first_words]
    others = [check for check in failing[1:] if check not in same]
    if same:
        lines.append(
            f"  The same problem shows in {len(same)} more case(s): {', '.join(check.name for check in same[:4])}{' …' if len(same) > 4 else ''}."
        )
    for check in others[:3]:
        lines.append(f"  - {check.name}: {check.message.splitlines()[0]}")
    if len(others) > 3:
        lines.append(f"  … and {len(others) - 3} more (--json shows every check)")
    lines += _pictures(result.extras)
    if result.stdout:
        lines.append("  printed:\n" + "\n".join(f"    | {line}" for line in result.stdout.splitlines()[:40]))
    if not result.passed and result.status.value != "not_attempted":
        lines.append(f"  Stuck? torchdojo hint {result.exercise}")
    return _visible("\n".join(lines))  # learner text (output, exception messages) may hold escapes


@click.command()
@click.option(
    "--json", "as_json", is_flag=True, help="A JSON list of {id, title, concepts, domain, difficulty, kind}."
)
@click.option("--course", type=click.Path(exists=True, file_okay=False, path_type=Path))
def exercises(as_json, course):
    """List the graded exercises."""
    from torchdojo.grader.exercise import load_exercises

    found = load_exercises(make_settings(course=course).course)
    rows = [
        {
            "id": e.id,
            "title": e.title,
            "concepts": e.meta.concepts,
            "domain": e.meta.domain,
            "difficulty": e.meta.difficulty,
            "kind": e.meta.kind,
        }
        for e in found.values()
    ]
    if as_json:
        click.echo(json.dumps(rows, indent=2))
        return
    width = max((len(row["id"]) for row in rows), default=10)
    for row in rows:
        click.echo(f"{row['id']:<{width}}  {row['title']}  [{', '.join(row['concepts'])}]")


@click.command()
@click.argument("exercise_id")
@click.argument("level", type=int, default=1)
@click.option("--course", type=click.Path(exists=True, file_okay=False, path_type=Path))
def hint(exercise_id, level, course):
    """Show hints 1..LEVEL for an exercise (they get more specific)."""
    from torchdojo.grader.exercise import find_exercise

    exercise = find_exercise(make_settings(course=course).course, exercise_id)
    hints = exercise.meta.hints
    for number, text in enumerate(hints[: max(1, level)], start=1):
        click.echo(f"Hint {number}/{len(hints)}: {text}")


@click.command()
@click.argument("exercise_id")
@click.option(
    "--starter",
    "write_starter",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Also write the starter code to this file.",
)
@click.option("--course", type=click.Path(exists=True, file_okay=False, path_type=Path))
def show(exercise_id, write_starter, course):
    """Print an exercise's prompt and starter code."""
    from torchdojo.grader.exercise import find_exercise

    exercise = find_exercise(make_settings(course=course).course, exercise_id)
    click.echo(exercise.prompt.rstrip() + "\n\n--- starter ---\n" + exercise.starter)
    if write_starter:
        write_starter.write_text(exercise.starter)
        click.echo(
            f"Starter written to {write_starter}; grade it with: torchdojo grade {exercise.id} {write_starter}"
        )


def _pictures(extras: dict) -> list[str]:
    """The learner's model, layer by layer, and their loss curve, each beside the reference's."""
    lines = []
    diagram = extras.get("model_diagram")
    if diagram:
        lines.append(f"  your model on '{diagram['case']}'  |  reference")
        yours, reference = diagram["yours"], diagram["reference"]
        for index in range(max(len(yours), len(reference))):
            cells = [_layer(rows[index]) if index < len(rows) else "" for rows in (yours, reference)]
            lines.append(f"    {cells[0]:<48}|  {cells[1]}")
    curve = extras.get("loss_curve")
    if curve:
        lines.append(f"  loss per batch on '{curve['case']}':")
        lines.append("    yours:     " + " ".join(f"{value:.3f}" for value in curve["yours"][:12]))
        lines.append("    reference: " + " ".join(f"{value:.3f}" for value in curve["reference"][:12]))
    return lines


def _layer(row: dict) -> str:
    shape = "fails here" if row.get("failed") else "×".join(str(size) for size in row["shape"] or []) or "-"
    return f"{row['name']:<6} {row['type']:<10} {shape:<12} {row['parameters']:>7,} params"


def register(group: click.Group) -> None:
    for command in (grade, exercises, hint, show):
        group.add_command(command)
