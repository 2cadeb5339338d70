"""The grader benchmark: the warm sandboxed pool against a fresh interpreter per submission, in one run.

Submissions are every shipped exercise's reference and curated mistakes, cycled to ``count``. Latency is
what one learner sees: gradings one at a time, end to end through ``Grader.grade`` (job, sandbox, judge),
arriving at a steady ``rate`` per second so that each child's exit and its replacement's fork and warm-up
happen between submissions, as they do in real use. Throughput is measured separately at saturation, with
as many concurrent callers as the pool has zygotes. The fresh-process path runs a sample of the same
submissions through ``python -m torchdojo.grader.fresh`` (a new interpreter, ``import torch``, the probe)
and the same judge.
"""

from __future__ import annotations

import os
import statistics
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

from torchdojo.grader.exercise import load_exercises
from torchdojo.grader.fresh import run_fresh
from torchdojo.grader.service import Grader


@dataclass
class Submission:
    exercise: str
    source: str


def submissions(grader: Grader, count: int, kind: str = "drill") -> list[Submission]:
    """References and curated mistakes of every exercise of one kind (drills by default: projects train
    models for up to a few seconds and are timed on their own), cycled to ``count``."""
    pool: list[Submission] = []
    for exercise in load_exercises(grader.settings.course).values():
        if kind != "all" and exercise.meta.kind != kind:
            continue
        pool.append(Submission(exercise.id, exercise.solution))
        pool += [Submission(exercise.id, mistake.source) for mistake in exercise.mistakes()]
    count = count if count > 0 else len(pool)  # 0: every submission once
    return [pool[index % len(pool)] for index in range(count)]


def cpu_ticks() -> tuple[int, int] | None:
    """(busy + idle, stolen) clock ticks of every CPU so far, from ``/proc/stat``; ``None`` off Linux.
    Stolen time is when the host ran something else on this machine's virtual CPUs: a benchmark run that
    loses more than a few percent of its time that way measured the host, not the grader."""
    try:
        with open("/proc/stat") as stat:
            fields = [int(value) for value in stat.readline().split()[1:]]
    except (OSError, ValueError):
        return None
    if len(fields) < 8:
        return None
    return sum(fields[:8]), fields[7]


def steal_percent(before: tuple[int, int] | None, after: tuple[int, int] | None) -> float | None:
    if before is None or after is None or after[0] <= before[0]:
        return None
    return round(100.0 * (after[1] - before[1]) / (after[0] - before[0]), 2)


def python_ms(repeats: int = 5) -> float:
    """Best of ``repeats`` runs of a fixed pure-Python workload, in ms: how fast this machine runs the
    interpreter right now. On a shared host it drifts by tens of percent within minutes, steal or not."""
    best = float("inf")
    for _ in range(repeats):
        started = time.perf_counter()
        table: dict[int, int] = {}
        for number in range(60_000):
            table[number % 997] = table.get(number % 997, 0) + number
        best = min(best, time.perf_counter() - started)
    return round(best * 1000, 3)


def fork_ms(repeats: int = 9) -> float | None:
    """Median ms for this process (torch imported) to fork a child that exits at once, waited for: the
    page-table work every grading pays for its child. ``None`` where processes cannot fork."""
    if not hasattr(os, "fork"):
        return None
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        pid = os.fork()
        if pid == 0:  # pragma: no cover - the child
            os._exit(0)
        os.waitpid(pid, 0)
        times.append(time.perf_counter() - started)
    return round(statistics.median(times) * 1000, 3)


def machine_check() -> dict[str, float | None]:
    return {"python_ms": python_ms(), "fork_ms": fork_ms()}


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))]


def settle(grader: Grader, work: list[Submission]) -> None:
    """Prepare every exercise in ``work`` and grade a few submissions, so that what is measured next is a
    warm, settled pool and warm references."""
    for exercise_id in {item.exercise for item in work}:
        grader.prepare(exercise_id)
    for item in work[: 2 * grader.pool.size]:
        grader.grade(item.exercise, item.source)  # warm both sides
    time.sleep(0.5)  # let the replacements of those children finish their warm-up: measure a settled pool


def paced(work: list[Submission], rate: float) -> Iterator[Submission]:
    """Each submission at a steady ``rate`` per second (or as soon as the previous one is done, if later)."""
    next_start = time.perf_counter()
    for item in work:
        time.sleep(max(0.0, next_start - time.perf_counter()))
        yield item
        next_start = max(next_start + 1.0 / rate, time.perf_counter())


def run(
    grader: Grader, count: int = 400, fresh_count: int = 4, rate: float = 25.0, kind: str = "drill"
) -> dict:
    work = submissions(grader, count, kind)
    settle(grader, work)
    machine_before = machine_check()
    latencies = []
    ticks_before = cpu_ticks()
    for item in paced(work, rate):
        started = time.perf_counter()
        grader.grade(item.exercise, item.source)
        latencies.append((time.perf_counter() - started) * 1000)
    started = time.perf_counter()
    with ThreadPoolExecutor(max_workers=grader.pool.size) as executor:
        list(executor.map(lambda item: grader.grade(item.exercise, item.source), work))
    throughput = len(work) / (time.perf_counter() - started)
    steal = steal_percent(ticks_before, cpu_ticks())
    machine_after = machine_check()
    fresh = [run_fresh(grader.prepare(item.exercise).job(item.source))[1] for item in work[:fresh_count]]
    pool_p50 = statistics.median(latencies)
    return {
        "submissions": len(work),
        "kind": kind,
        "exercises": len({item.exercise for item in work}),
        "sandbox": grader.pool.mode,
        "zygotes": grader.pool.size,
        "latency_rate_per_s": rate,
        "pool_p50_ms": round(pool_p50, 3),
        "pool_p99_ms": round(percentile(latencies, 0.99), 3),
        "throughput_per_s": round(throughput, 1),
        "fresh_samples": len(fresh),
        "fresh_p50_ms": round(statistics.median(fresh), 1),
        "speedup": round(statistics.median(fresh) / pool_p50, 1),
        "host_steal_percent": steal,  # CPU time the host took during the pool's two passes (None: unknown)
        # How fast the machine was just before and just after the pool's passes (see machine_check): a run
        # whose figures are off with these off measured the machine, not the grader.
        "machine_python_ms": [machine_before["python_ms"], machine_after["python_ms"]],
        "machine_fork_ms": [machine_before["fork_ms"], machine_after["fork_ms"]],
    }
