"""Where a grading's time goes: the benchmark's latency pass, timed phase by phase.

    python scripts/grader-breakdown.py [--count N] [--rate R] [--json]

Runs the same submissions as ``torchdojo bench`` one at a time at a steady rate and times, for each, the
phases between these points: entering ``Grader.grade``, the job built, a warm child taken, the reply read,
the judging done, the child released, the result returned. Prints each phase's median and mean, and the
slowest submissions with their child and judge times. A tool for working on the grader's speed, not part
of the product; the figures are only meaningful on an otherwise idle machine.
"""

from __future__ import annotations

import argparse
import collections
import json
import statistics
import sys
import time

from torchdojo.grader import bench, pool, service
from torchdojo.grader.service import Grader

PHASES = {
    ("grade<", "job<"): "prepare",
    ("job<", "job>"): "build job",
    ("job>", "take<"): "pool entry",
    ("take<", "take>"): "take warm child",
    ("take>", "read<"): "write job",
    ("read<", "read>"): "child runs (reply read)",
    ("read>", "judge<"): "to judge",
    ("judge<", "judge>"): "judge",
    ("judge>", "release<"): "to release",
    ("release<", "release>"): "release child",
    ("release>", "grade>"): "result",
}


def instrument(marks: list[tuple[str, float]]):
    """Time the phases' boundaries into ``marks``; returns a function that undoes it."""
    originals = []

    def wrap(owner, name: str, label: str) -> None:
        original = getattr(owner, name)
        originals.append((owner, name, original))

        def timed(*args, **kwargs):
            marks.append((label + "<", time.perf_counter()))
            try:
                return original(*args, **kwargs)
            finally:
                marks.append((label + ">", time.perf_counter()))

        setattr(owner, name, timed)

    wrap(service.Prepared, "job", "job")
    wrap(pool.ZygoteProcess, "take_spare", "take")
    wrap(pool.ZygoteProcess, "_read_reply", "read")
    wrap(Grader, "_judge", "judge")
    wrap(pool.ZygoteProcess, "release", "release")
    wrap(Grader, "grade", "grade")

    def restore() -> None:
        for owner, name, original in originals:
            setattr(owner, name, original)

    return restore


def main(argv: list[str] | None = None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=0, help="submissions (0: every one once)")
    parser.add_argument("--rate", type=float, default=25.0, help="submissions per second")
    parser.add_argument("--json", action="store_true")
    options = parser.parse_args(argv)
    grader = Grader()
    work = bench.submissions(grader, options.count)
    bench.settle(grader, work)
    marks: list[tuple[str, float]] = []
    phases: dict[str, list[float]] = collections.defaultdict(list)
    gradings = []
    restore = instrument(marks)
    try:
        for item in bench.paced(work, options.rate):
            marks.clear()
            grader.grade(item.exercise, item.source)
            points = dict(marks)
            for (start, end), name in PHASES.items():
                if start in points and end in points:
                    phases[name].append((points[end] - points[start]) * 1000)
            total = (points["grade>"] - points["grade<"]) * 1000
            child = (points.get("read>", 0) - points.get("read<", 0)) * 1000
            judge = (points.get("judge>", 0) - points.get("judge<", 0)) * 1000
            gradings.append({"exercise": item.exercise, "ms": total, "child_ms": child, "judge_ms": judge})
    finally:
        restore()
    summary = {
        "gradings": len(gradings),
        "p50_ms": round(statistics.median(g["ms"] for g in gradings), 3),
        "phases": {
            name: {"median_ms": round(statistics.median(v), 3), "mean_ms": round(statistics.mean(v), 3)}
            for name, v in phases.items()
        },
        "slowest": [
            {key: round(value, 2) if isinstance(value, float) else value for key, value in grading.items()}
            for grading in sorted(gradings, key=lambda g: -g["ms"])[:12]
        ],
    }
    if options.json:
        print(json.dumps(summary))
        return summary
    print(f"{summary['gradings']} gradings at {options.rate:g}/s, p50 {summary['p50_ms']} ms")
    for name, figures in summary["phases"].items():
        print(f"  {name:26s} median {figures['median_ms']:7.3f} ms   mean {figures['mean_ms']:7.3f} ms")
    print("slowest:")
    for grading in summary["slowest"]:
        print(f"  {grading['ms']:7.2f} ms  child {grading['child_ms']:6.2f}  judge {grading['judge_ms']:5.2f}  {grading['exercise']}")  # fmt: skip
    return summary


if __name__ == "__main__":
    main(sys.argv[1:])
