"""``torchdojo bench``: the grader benchmark; ``bench web`` and ``bench partner`` are added by their front doors."""

from __future__ import annotations

import json

import click

from torchdojo.cli.grade import make_settings


@click.group(invoke_without_command=True)
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
@click.option(
    "-n",
    "count",
    type=int,
    default=0,
    help="Submissions graded through the pool (default: every reference and mistake once).",
)
@click.option(
    "--fresh",
    "fresh_count",
    type=int,
    default=4,
    show_default=True,
    help="Submissions run in a fresh python each.",
)
@click.option(
    "--rate",
    type=float,
    default=25.0,
    show_default=True,
    help="Submissions per second while measuring latency.",
)
@click.option(
    "--kind",
    default="drill",
    show_default=True,
    help="Exercise kind to grade (drill, project, lab-step, all).",
)
@click.option("--sandbox", type=click.Choice(["auto", "bwrap", "none"]))
@click.pass_context
def bench(context, as_json, count, fresh_count, rate, kind, sandbox):
    """Benchmark the grader: warm sandboxed pool vs a fresh python per submission."""
    if context.invoked_subcommand is not None:
        return
    from torchdojo.grader import bench as grader_bench
    from torchdojo.grader.service import Grader

    report = grader_bench.run(Grader(make_settings(sandbox=sandbox)), count, fresh_count, rate, kind)
    if as_json:
        click.echo(json.dumps(report))
        return
    click.echo(
        f"warm pool ({report['sandbox']}, {report['zygotes']} zygotes), {report['submissions']} submissions "
        f"over {report['exercises']} {report['kind']} exercises (references and curated mistakes):\n"
        f"  latency at {report['latency_rate_per_s']:g} submissions/s: p50 {report['pool_p50_ms']} ms   p99 {report['pool_p99_ms']} ms\n"
        f"  throughput at saturation: {report['throughput_per_s']} gradings/s\n"
        f"fresh python per submission ({report['fresh_samples']} samples):\n"
        f"  p50 {report['fresh_p50_ms']} ms\n"
        f"speedup: {report['speedup']}x"
        + (
            f"\nhost steal during the pool passes: {report['host_steal_percent']} % of CPU time"
            if report.get("host_steal_percent") is not None
            else ""
        )
        + _machine_line(report)
    )


def _machine_line(report: dict) -> str:
    python, fork = report.get("machine_python_ms") or [], report.get("machine_fork_ms") or []
    if len(python) != 2:
        return ""
    line = f"\nmachine check before / after the pool passes: python loop {python[0]} / {python[1]} ms"
    if len(fork) == 2 and None not in fork:
        line += f", fork + exit of a torch process {fork[0]} / {fork[1]} ms"
    return line


def register(group: click.Group) -> None:
    group.add_command(bench)
