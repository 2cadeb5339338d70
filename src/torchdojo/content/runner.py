"""Run a lesson's ``python run`` and ``python figure`` blocks in a child process, in order, in one namespace.

The child gets the code on stdin as JSON, executes each block with stdout captured, and answers with one JSON
document: per block the stdout, a trimmed traceback if it raised, and for figures the ``svg`` string it left.
The parent enforces a wall-clock timeout. This is for trusted course code (CI, the author's machine, figures
in the web app): it is not a sandbox.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from dataclasses import dataclass

from torchdojo.content.schema import CodeBlock, FigureBlock, Lesson

CHILD = r"""
import contextlib, io, json, sys, traceback
jobs = json.load(sys.stdin)
namespace = {"__name__": "__lesson__"}
results = []
for job in jobs:
    buffer = io.StringIO()
    error = None
    namespace.pop("svg", None)
    try:
        with contextlib.redirect_stdout(buffer):
            exec(compile(job["source"], job["file"] + ":" + str(job["line"]), "exec"), namespace)
    except BaseException:
        kind, value, trace = sys.exc_info()
        frames = [f for f in traceback.extract_tb(trace) if f.filename == job["file"] + ":" + str(job["line"])]
        error = "".join(traceback.format_list(frames) + traceback.format_exception_only(kind, value))
    svg = namespace.get("svg") if job["kind"] == "figure" else None
    results.append({"stdout": buffer.getvalue(), "error": error, "svg": svg if isinstance(svg, str) else None})
sys.__stdout__.write(json.dumps(results))
"""


@dataclass(frozen=True)
class BlockRun:
    """What one block did when run."""

    block: CodeBlock | FigureBlock
    stdout: str
    error: str | None
    svg: str | None


class RunFailed(Exception):
    """The child process itself failed (timeout or crash), not one block."""


def executable_blocks(lesson: Lesson) -> list[CodeBlock | FigureBlock]:
    return [b for b in lesson.blocks if isinstance(b, FigureBlock) or (isinstance(b, CodeBlock) and b.run)]


def run_lesson(lesson: Lesson, file: str, timeout_s: float = 120.0) -> list[BlockRun]:
    """Execute every runnable block of ``lesson``; raise RunFailed on timeout or a crashed child."""
    blocks = executable_blocks(lesson)
    if not blocks:
        return []
    jobs = [{"kind": b.kind, "source": b.source, "file": file, "line": b.line + 1} for b in blocks]
    with tempfile.TemporaryDirectory(prefix="torchdojo-run-") as workdir:
        try:
            completed = subprocess.run(
                [sys.executable, "-c", CHILD],
                input=json.dumps(jobs),
                capture_output=True,
                text=True,
                timeout=timeout_s,
                cwd=workdir,
            )
        except subprocess.TimeoutExpired:
            raise RunFailed(f"the lesson's code ran longer than {timeout_s:.0f} s — make it faster") from None
    try:
        results = json.loads(completed.stdout)
    except json.JSONDecodeError:
        tail = completed.stderr.strip().splitlines()[-3:]
        raise RunFailed(f"the code runner crashed (exit {completed.returncode}): {' '.join(tail)}") from None
    return [BlockRun(block, r["stdout"], r["error"], r["svg"]) for block, r in zip(blocks, results)]


def normalise_output(text: str) -> str:
    """Compare outputs ignoring trailing whitespace on lines and at the end."""
    return "\n".join(line.rstrip() for line in text.strip("\n").splitlines())
