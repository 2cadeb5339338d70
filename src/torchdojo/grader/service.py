"""Grading as a service: exercise + submission in, ``GradeResult`` out. Every front door calls this.

The ``Grader`` builds each exercise's job once (the seeded cases, encoded as plain data), runs the reference
solution once in the trusted process to get the expected observations (cached in memory and under
``HOME/cache``), sends each submission through the warm sandboxed pool, and judges the reply.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import random
import sys
import threading
import time
from pathlib import Path

import torch

from torchdojo.errors import GradingError
from torchdojo.grader import probe, split, wire
from torchdojo.grader.exercise import Exercise, find_exercise, load_exercises
from torchdojo.grader.judge import (
    MalformedReply,
    Observation,
    Reply,
    decode_reply,
    exception_message,
    judge_case,
    verdict_for,
    visuals,
)
from torchdojo.grader.pool import Outcome, Pool, Split, shared_pool
from torchdojo.grader.result import CheckResult, GradeResult, Verdict
from torchdojo.grader.spec import Bug
from torchdojo.settings import Settings, load_settings

log = logging.getLogger("torchdojo.grader")

_stdout_lock = threading.Lock()


@contextlib.contextmanager
def one_thread():
    """Run this thread's torch work on one core. Judging compares small tensors; waking the intra-op pool
    for them costs milliseconds when the cores are busy with sandboxed children, and it changes nothing
    in the result. (With OpenMP the setting is per calling thread; it is restored after.)"""
    threads = torch.get_num_threads()
    if threads == 1:
        yield
        return
    torch.set_num_threads(1)
    try:
        yield
    finally:
        torch.set_num_threads(threads)


@contextlib.contextmanager
def _python_and_numpy_rng_kept():
    """A reference that seeds `random` or NumPy must not reseed the trusted process (torch is kept by fork_rng)."""
    import numpy

    python_state, numpy_state = random.getstate(), numpy.random.get_state()
    try:
        yield
    finally:
        random.setstate(python_state)
        numpy.random.set_state(numpy_state)


def _case_digest(case: dict, blobs: list[bytes]) -> str:
    """What identifies a case's inputs: its seed, its encoded arguments and the bytes of their tensors."""
    digest = hashlib.sha256(json.dumps([case["seed"], case["args"]], sort_keys=True).encode())
    for index in sorted(set(_blob_indices(case["args"]))):
        digest.update(blobs[index])
    return digest.hexdigest()[:32]


def _blob_indices(value):
    if isinstance(value, dict):
        if type(value.get("blob")) is int:
            yield value["blob"]
        for item in value.values():
            yield from _blob_indices(item)
    elif isinstance(value, list):
        for item in value:
            yield from _blob_indices(item)


def _case_ms(message: bytes) -> list[float]:
    """How long each case of a (trusted) reference run took, in milliseconds."""
    cases = wire.parse(message)[0].get("cases", [])
    return [float(case.get("ms", 0.0)) if isinstance(case, dict) else 0.0 for case in cases]


class Prepared:
    """An exercise made ready to grade: its cases, its encoded job and its reference observations."""

    def __init__(self, exercise: Exercise, cache_dir: Path | None):
        self.exercise = exercise
        self.check = exercise.check
        self.cases = self.check.make_cases()
        blobs: list[bytes] = []
        encoded = [
            {
                "seed": index,
                "observe": list(case.observe),
                "args": [[name, probe.encode_argument(value, blobs)] for name, value in case.args.items()],
            }
            for index, case in enumerate(self.cases)
        ]
        for case in encoded:
            case["digest"] = _case_digest(case, blobs)
        self.header = {"entry": self.check.entry, "cases": encoded}
        self.blobs = blobs
        self._job_frame = wire.Framer(self.header, blobs)  # encoded once; each job only adds its source
        self.reference = self._reference(cache_dir)
        self.groups = split.plan(self._reference_ms)  # cases per child when a grading runs in two parts
        self._part_frames = [
            wire.Framer(dict(self.header, cases=[encoded[index] for index in group]), blobs)
            for group in self.groups or []
        ]
        self._warm_bug_tests()
        exercise.starter_lines  # noqa: B018 - read and cached now: the first grading checks it (is_untouched)

    def _warm_bug_tests(self) -> None:
        """Run every named-bug test once per case on the reference's own value, here and now.

        Bug tests compute the wrong answer they recognise (and cache it in their check module); the first
        run of a torch kernel in this process is also slow. Done while preparing, neither cost lands on
        the first learner who makes that mistake. What the tests return is ignored here.
        """
        with one_thread():
            for bug in self.check.bugs:
                if not isinstance(bug, Bug):
                    continue
                for case, expected in zip(self.cases, self.reference):
                    if expected.exception is None and not expected.skipped:
                        try:
                            bug.test(expected.value, expected.value, case)
                        except Exception:  # noqa: BLE001 - a test that cannot apply here is judged later
                            continue

    def job(self, source: str) -> bytes:
        return self._job_frame.with_field("source", source)

    def inputs_frame(self) -> bytes:
        """This exercise's case inputs alone, framed for a zygote to build ahead of time (``probe.prebuild``)."""
        cases = [{key: case[key] for key in ("digest", "seed", "args")} for case in self.header["cases"]]
        return wire.frame({"cases": cases}, self.blobs)

    def in_parts(self, source: str, stdout_limit: int = 65_536) -> Split | None:
        """The same grading as two jobs of about equal reference time, for two children at once."""
        if not self.groups:
            return None
        groups = self.groups
        jobs = [frame.with_field("source", source) for frame in self._part_frames]

        def merge(outcomes: list[Outcome]) -> Outcome:
            child_ms = max(outcome.child_ms for outcome in outcomes)
            for kind in ("timeout", "crashed", "lost", "bad-reply"):
                for outcome in outcomes:
                    if outcome.kind == kind:
                        return Outcome(kind, outcome.reply, outcome.detail, child_ms, outcome.extra)
            try:
                reply = split.merge([outcome.reply for outcome in outcomes], groups, stdout_limit)
            except wire.WireError as error:
                return Outcome("bad-reply", detail=str(error)[:300], child_ms=child_ms)
            return Outcome("result", child_ms=child_ms, decoded=reply)

        return Split(jobs, merge)

    def _reference(self, cache_dir: Path | None) -> list[Observation]:
        cached = (
            cache_dir / f"{self.exercise.id.replace('/', '__')}-{self.exercise.fingerprint}.tdj"
            if cache_dir
            else None
        )
        if cached is not None and cached.is_file():
            try:
                message = cached.read_bytes()
                observations = self._decode_reference(message)
                self._reference_ms = _case_ms(message)
                return observations
            except (MalformedReply, GradingError):
                cached.unlink(missing_ok=True)
        message = self.run_here(self.exercise.solution)
        observations = self._decode_reference(message)
        # Again, for timings without this process's first-call costs (they plan split gradings); the
        # cases reseed, so the second run observes the same values.
        message = self.run_here(self.exercise.solution)
        self._reference_ms = _case_ms(message)
        if cached is not None:
            try:
                cached.parent.mkdir(parents=True, exist_ok=True)
                cached.write_bytes(message)
            except OSError:
                pass  # a read-only home only costs a recomputation
        return observations

    def run_here(self, source: str) -> bytes:
        """Run trusted code (the reference) through the same probe, in this process."""
        header, blobs = wire.roundtrip(self.header, self.blobs)
        with _stdout_lock, torch.random.fork_rng(devices=[]), _python_and_numpy_rng_kept(), one_thread():
            return probe.run_job(header, blobs, source)  # one thread, as in the sandbox: the same arithmetic

    def _decode_reference(self, message: bytes) -> list[Observation]:
        reply = decode_reply(message, len(self.cases))
        problem = reply.load_error
        for case, observed in zip(self.cases, reply.cases):
            raised = observed.exception["type"] if observed.exception else None
            if case.raises and raised != case.raises:
                raise GradingError(
                    f"{self.exercise.path}/solution.py: case {case.name!r} must raise {case.raises}, the reference {'raised ' + raised if raised else 'returned'} — fix the reference or the case"
                )
            if raised and not case.raises:
                problem = problem or observed.exception
        if problem or not reply.entry_found:
            detail = (
                exception_message(problem, "the reference")
                if problem
                else f"no function named {self.check.entry!r}"
            )
            raise GradingError(f"{self.exercise.path}/solution.py: {detail} — fix the reference solution")
        return reply.cases


class Grader:
    """Grades submissions for one course with one pool (shared per process unless given)."""

    def __init__(self, settings: Settings | None = None, pool: Pool | None = None):
        self.settings = settings or load_settings()
        self._pool = pool
        self._prepared: dict[str, Prepared] = {}
        self._lock = threading.Lock()

    @property
    def pool(self) -> Pool:
        if self._pool is None:
            self._pool = shared_pool(self.settings, inputs=self.prepared_inputs)
        return self._pool

    def prepared_inputs(self) -> list[bytes]:
        """The case inputs of every exercise prepared so far, for zygotes to build before they fork: a
        front door that prepares its exercises before its first grading (``bench``) gets all of them."""
        with self._lock:
            prepared = list(self._prepared.values())
        return [item.inputs_frame() for item in prepared]

    def warm_up(self, exercise_ids: list[str] | None = None) -> list[str]:
        """Prepare exercises (every one of the course by default), then start the pool: its zygotes build
        all their case inputs before forking, and the first grading finds warm children instead of waiting
        for the pool to start. For a server's start, in the background. Returns the ids that could not be
        prepared (each is logged; grading it reports the same error later)."""
        ids = sorted(load_exercises(self.settings.course)) if exercise_ids is None else list(exercise_ids)
        failed = []
        for exercise_id in ids:
            try:
                self.prepare(exercise_id)
            except Exception as error:  # noqa: BLE001 - one broken exercise must not stop the others
                log.warning("could not prepare exercise %s: %s", exercise_id, error)
                failed.append(exercise_id)
        self.pool  # noqa: B018 - started now, with every prepared exercise's inputs
        return failed

    def prepare(self, exercise_id: str) -> Prepared:
        with self._lock:
            if exercise_id not in self._prepared:
                exercise = find_exercise(self.settings.course, exercise_id)
                self._prepared[exercise_id] = Prepared(exercise, self.settings.home / "cache" / "reference")
            return self._prepared[exercise_id]

    def grade(self, exercise_id: str, source: str, file: str | None = None) -> GradeResult:
        started = time.perf_counter()
        prepared = self.prepare(exercise_id)
        exercise = prepared.exercise
        source = source.removeprefix("\ufeff")  # a byte-order mark some editors write; Python ignores it too
        size = len(source.encode("utf-8", errors="surrogatepass"))
        if size > self.settings.max_source_kb * 1024:
            message = (
                f"Your submission is {_size_text(size)}; the grader takes files up to "
                f"{_size_text(self.settings.max_source_kb * 1024)} (the max_source_kb setting). "
                "Remove pasted data or generated code: the grader gives your function its inputs."
            )
            verdict, feedback, stdout, extras = Verdict.ERROR, message, "", {}
            checks = [CheckResult("load", "error", message, "runs")]
        elif exercise.is_untouched(source):
            verdict, checks, stdout, extras = Verdict.NOT_ATTEMPTED, [], "", {}
            feedback = (
                f"You haven't changed the starter code yet: write `{prepared.check.entry}` and grade again."
            )
        else:
            verdict, checks, feedback, stdout, extras = self.pool.run(
                prepared.job(source),
                prepared.check.timeout_s or self.settings.timeout_s,
                then=lambda outcome: self._judge(prepared, outcome),  # judged before the child is released
                split=lambda: prepared.in_parts(source, self.settings.max_output_kb * 1024),  # if quiet
            )
        return GradeResult(
            exercise=exercise.id,
            status=verdict,
            feedback=feedback,
            checks=tuple(checks),
            stdout=stdout,
            duration_ms=(time.perf_counter() - started) * 1000,
            file=file,
            hints=tuple(exercise.meta.hints),
            extras=extras,
        )

    def _judge(
        self, prepared: Prepared, outcome: Outcome
    ) -> tuple[Verdict, list[CheckResult], str, str, dict]:
        with one_thread():
            return self._judge_here(prepared, outcome)

    def _judge_here(
        self, prepared: Prepared, outcome: Outcome
    ) -> tuple[Verdict, list[CheckResult], str, str, dict]:
        if outcome.kind != "result":
            return (*self._no_reply(outcome), "", {})
        try:
            reply = (
                outcome.decoded
                if outcome.decoded is not None
                else decode_reply(outcome.reply, len(prepared.cases))
            )
        except MalformedReply as error:
            message = f"The grader could not read your code's reply ({error}). Did your code write to the grader's channel or replace its functions?"
            return Verdict.ERROR, [CheckResult("reply", "error", message, "runs")], message, "", {}
        stdout = _stdout_text(reply)
        checks = _checks(prepared, reply)
        verdict = verdict_for(checks, reply, prepared.cases)
        extras = (
            visuals(prepared.cases, reply.cases, prepared.reference)
            if reply.entry_found and not reply.load_error
            else {}
        )
        return verdict, checks, _feedback(verdict, checks, reply, prepared), stdout, extras

    def _no_reply(self, outcome: Outcome) -> tuple[Verdict, list[CheckResult], str]:
        settings = self.settings
        if (
            outcome.kind == "timeout"
            or outcome.detail in ("signal 24", "signal 9")
            and outcome.child_ms >= settings.cpu_s * 1000
        ):
            message = f"Your code ran longer than the {settings.timeout_s:g} s limit and was stopped. Look for an endless loop, a sleep, or work far larger than the inputs need."
            return Verdict.TIMED_OUT, [CheckResult("time limit", "error", message, "runs")], message
        if outcome.detail == "signal 24":
            message = f"Your code used more than its {settings.cpu_s} s CPU-time limit and was stopped. Look for an endless loop or far too much work."
            return Verdict.TIMED_OUT, [CheckResult("time limit", "error", message, "runs")], message
        if outcome.kind == "lost":
            message = "The grading process stopped while running your code (did it kill its parent?). It has been replaced; nothing else was affected."
        elif outcome.kind == "bad-reply":
            message = f"Your code's process sent back something that is not a grading reply ({outcome.detail}). Did it write to the grader's channel?"
        else:
            message = f"Your code ended its process before it could report ({outcome.detail}): avoid os._exit, sys.exit and signals in submitted code."
        return Verdict.ERROR, [CheckResult("process", "error", message, "runs")], message


def _size_text(size: int) -> str:
    return f"{size / 1024 / 1024:.1f} MB" if size >= 1024 * 1024 else f"{size / 1024:.0f} kB"


def _stdout_text(reply: Reply) -> str:
    if reply.stdout_total > len(reply.stdout):
        return (
            reply.stdout
            + f"\n[… output truncated: {reply.stdout_total - len(reply.stdout)} more characters not shown]"
        )
    return reply.stdout


def _checks(prepared: Prepared, reply: Reply) -> list[CheckResult]:
    entry = prepared.check.entry
    if reply.load_error is not None:
        return [
            CheckResult(
                "load",
                "error",
                exception_message(reply.load_error, "Your code") + " (while the file was being loaded)",
                "runs",
            )
        ]
    if not reply.entry_found:
        found = f" (`{entry}` is a {reply.entry_type}, not a function)" if reply.entry_type else ""
        return [
            CheckResult(
                "load",
                "error",
                f"Define a function named `{entry}`{found}; the grader calls it by that name.",
                "runs",
            )
        ]
    results: list[CheckResult] = []
    for case, got, expected in zip(prepared.cases, reply.cases, prepared.reference):
        results += judge_case(prepared.check, case, got, expected)
    return results


def _feedback(verdict: Verdict, checks: list[CheckResult], reply: Reply, prepared: Prepared) -> str:
    total = len(prepared.cases)
    failing = [check for check in checks if check.status != "passed"]
    if verdict is Verdict.PASSED:
        return "Passed the only case." if total == 1 else f"Passed all {total} cases, hidden ones included."
    if verdict is Verdict.NOT_ATTEMPTED:
        return f"`{prepared.check.entry}` still raises NotImplementedError: replace that line with your solution."
    if verdict is Verdict.MEMORY_EXCEEDED:
        return "Your code ran out of memory: it asked for more than the limit allows. " + (
            failing[0].message if failing else ""
        )
    first = failing[0] if failing else None
    if first is None:
        return "Something went wrong."
    if first.name == "load":
        return first.message
    failed_cases = len({check.case or check.name for check in failing})
    lead = f"{failed_cases} of {total} cases did not pass. " if verdict is Verdict.FAILED else ""
    return f"{lead}First problem — {first.name}: {first.message}"


_graders: dict[int, Grader] = {}


def default_grader(settings: Settings | None = None) -> Grader:
    settings = settings or load_settings()
    key = hash(settings)
    if key not in _graders:
        _graders[key] = Grader(settings)
    return _graders[key]


def read_submission(source_or_path: str | bytes | os.PathLike) -> tuple[str, str | None]:
    """A path (a Path or other path-like object, or an existing ``.py`` file's name) is read; bytes are
    UTF-8 source; any other string is the source itself."""
    if isinstance(source_or_path, (bytes, bytearray)):
        return bytes(source_or_path).decode("utf-8", errors="replace"), None
    if isinstance(source_or_path, os.PathLike):
        path = Path(source_or_path)
        if not path.is_file():
            problem = "is a folder" if path.is_dir() else "does not exist"
            raise FileNotFoundError(
                f"no submission file at {path}: it {problem}. Pass a .py file, or the source as a string."
            )
        return read_source_file(path), str(path)
    if not isinstance(source_or_path, str):
        raise TypeError(
            f"a submission is source code (str or bytes) or a path to a .py file; got {type(source_or_path).__name__}"
        )
    if "\n" not in source_or_path and len(source_or_path) < 4096:
        candidate = Path(source_or_path)
        if candidate.suffix == ".py" and candidate.is_file():
            return read_source_file(candidate), str(candidate)
    return source_or_path, None


def read_source_file(path: Path) -> str:
    """A submission file's text: UTF-8, an undecodable byte replaced (Python then reports it if it matters)."""
    return path.read_bytes().decode("utf-8", errors="replace")


def grade(
    exercise_id: str, source_or_path: str | bytes | os.PathLike, *, settings: Settings | None = None
) -> GradeResult:
    source, file = read_submission(source_or_path)
    return default_grader(settings).grade(exercise_id, source, file)


if __name__ == "__main__":  # pragma: no cover - manual smoke test
    print(grade(sys.argv[1], Path(sys.argv[2])))
