"""``torchdojo lab``: talk to a lab partner in the terminal, or script a lab as JSON lines; and ``bench partner``.

``torchdojo lab LAB_ID`` is interactive. ``torchdojo lab LAB_ID --json`` reads learner turns from stdin as JSON
lines ``{"say": "..."}`` and writes one line per partner reply ``{"reply", "covered", "latency_ms", ...}``,
then ``{"verdict": {...}}``. ``torchdojo lab --list [--json]`` lists the course's labs. All logic lives in
``torchdojo.partners``; this module only reads input and prints.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path

import click

from torchdojo.errors import PartnerError
from torchdojo.partners import LabCard, LabSession, create_backend, list_labs, load_lab
from torchdojo.settings import load_settings

COURSE_OPTION = click.option(
    "--course",
    type=click.Path(path_type=Path, file_okay=False),
    default=None,
    help="Course folder (default: bundled).",
)


def _emit(payload: dict) -> None:
    click.echo(json.dumps(payload, ensure_ascii=False))


def _summary(card: LabCard) -> dict:
    persona = card.persona
    return {"id": card.id, "title": card.title, "persona": persona.name, "role": persona.role,
            "min_exchanges": card.min_exchanges, "opening": card.opening}  # fmt: skip


def _list(course: Path, as_json: bool) -> None:
    cards = list_labs(course)
    if as_json:
        click.echo(json.dumps([_summary(card) for card in cards], ensure_ascii=False))
        return
    for card in cards:
        click.echo(f"{card.id:34} {card.title}  ({card.persona.name}, {card.persona.role})")


def _turns(stream) -> Iterator[str]:
    """Learner text from each non-blank JSON line of ``stream``, read lazily so a client can converse."""
    for number, line in enumerate(stream, start=1):
        if not line.strip():
            continue
        try:
            yield str(json.loads(line)["say"])
        except (ValueError, KeyError, TypeError):
            raise PartnerError(
                f'stdin line {number} is {line.strip()[:60]!r}: expected {{"say": "..."}}'
            ) from None


def _run_json(session: LabSession) -> None:
    for text in _turns(sys.stdin):
        if session.finished:
            break
        reply = session.reply(text)
        _emit({"reply": reply.text, "covered": reply.covered, "new": reply.new,
               "latency_ms": reply.latency_ms, "finished": reply.finished})  # fmt: skip
    _emit({"verdict": session.verdict().model_dump()})


def _print_verdict(session: LabSession) -> None:
    verdict = session.verdict()
    click.secho(f"\nVerdict: {'passed' if verdict.passed else 'not passed'} "
                f"after {verdict.exchanges} exchanges", bold=True)  # fmt: skip
    for point in verdict.points:
        mark = "✓" if point.covered else "✗"
        detail = f'you said: "{point.evidence}"' if point.covered else f"a strong answer: {point.explanation}"
        click.echo(f"  {mark} {point.description}\n      {detail}")


def _run_interactive(session: LabSession) -> None:
    card = session.card
    click.secho(f"{card.title} — {card.persona.name}, {card.persona.role}", bold=True)
    if session.matcher.encoder is None:
        click.secho(
            f"note: keyword matching only; for sentence similarity: {_install_hint()}", dim=True, err=True
        )
    click.echo(f"\n{card.scenario}\nYour task: {card.task}\n(type 'quit' to stop)\n")
    click.echo(f"{card.persona.name}: {session.opening()}")
    while not session.finished:
        try:
            text = click.prompt("\nyou", default="", show_default=False)
        except click.exceptions.Abort:  # Ctrl-D / Ctrl-C: stop talking, still show the verdict
            break
        if text.strip().lower() in ("quit", "exit"):
            break
        if text.strip():
            click.echo(f"\n{card.persona.name}: ", nl=False)
            for piece in session.stream(text):
                click.echo(piece, nl=False)
            click.echo()
    _print_verdict(session)


@click.command("lab")
@click.argument("lab_id", required=False)
@click.option(
    "--json", "as_json", is_flag=True, help='Read {"say": ...} JSON lines on stdin; write JSON lines.'
)
@click.option("--list", "list_labs_only", is_flag=True, help="List the course's labs.")
@COURSE_OPTION
def lab(lab_id: str | None, as_json: bool, list_labs_only: bool, course: Path | None) -> None:
    """Role-play a lab with an AI lab partner; LAB_ID looks like first-model/lab-evaluation."""
    settings = load_settings({"course": course})
    if list_labs_only:
        _list(settings.course, as_json)
        return
    if not lab_id:
        raise click.UsageError("give a LAB_ID, or --list to see them")
    session = LabSession(load_lab(settings.course, lab_id), create_backend(settings))
    (_run_json if as_json else _run_interactive)(session)


@click.command("partner")
@click.option("--json", "as_json", is_flag=True, help="Print the result as JSON.")
@click.option("--rounds", default=5, show_default=True, help="Scripted runs through every lab.")
@COURSE_OPTION
def partner_bench(as_json: bool, rounds: int, course: Path | None) -> None:
    """Reply latency of the offline lab partner (p50/p99, model load excluded)."""
    from torchdojo.partners.bench import bench_partner

    result = bench_partner(load_settings({"course": course}).course, rounds)
    if as_json:
        _emit(result)
    else:
        click.echo(f"offline partner: p50 {result['reply_p50_ms']} ms, p99 {result['reply_p99_ms']} ms "
                   f"over {result['replies']} replies (model load {result['load_ms']} ms)")  # fmt: skip


def register(group: click.Group) -> None:
    group.add_command(lab)
    bench = group.commands.get("bench")
    if isinstance(bench, click.Group):
        bench.add_command(partner_bench, "partner")


def _install_hint() -> str:
    from torchdojo.partners.embedding import install_hint

    return install_hint()
