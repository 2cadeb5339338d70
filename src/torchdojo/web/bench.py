"""Benchmark the web app the way a classroom would hit it: a real uvicorn server in a subprocess, and many
concurrent keep-alive clients speaking raw HTTP/1.1 over loopback, reading lesson and quiz pages.

The server gets a temporary home (its own progress database), so a benchmark never touches a learner's data.
"""

from __future__ import annotations

import asyncio
import itertools
import socket
import subprocess
import sys
import tempfile
import time
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from pathlib import Path

from torchdojo.content.loader import load_course
from torchdojo.errors import TorchdojoError
from torchdojo.web.site import lesson_url, quiz_url


@dataclass(frozen=True)
class BenchResult:
    p50_ms: float
    p99_ms: float
    errors: int
    concurrency: int
    requests: int
    urls: int
    requests_per_s: float

    def to_dict(self) -> dict:
        return asdict(self)


def page_paths(course_dir: Path) -> list[str]:
    """Every lesson page and every quiz page of the course."""
    course = load_course(course_dir)
    paths = []
    for module in course.modules.values():
        for lesson in module.lessons:
            paths.append(lesson_url(module.id, lesson.id))
            if lesson.questions:
                paths.append(quiz_url(module.id, lesson.id))
    if not paths:
        raise TorchdojoError(f"the course at {course_dir} has no lessons to benchmark")
    return paths


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextmanager
def running_server(course_dir: Path, home: Path, port: int, log_file=None):
    """Start ``torchdojo serve`` in a subprocess and stop it on exit."""
    command = [
        sys.executable,
        "-m",
        "torchdojo",
        "serve",
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
        "--home",
        str(home),
        "--course",
        str(course_dir),
        "--quiet",
        "--no-warm",
    ]
    process = subprocess.Popen(
        command, stdout=log_file or subprocess.DEVNULL, stderr=log_file or subprocess.DEVNULL
    )
    try:
        wait_until_up(port, process)
        yield process
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def wait_until_up(port: int, process: subprocess.Popen, timeout_s: float = 60.0) -> None:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise TorchdojoError(f"the server exited with status {process.returncode} before answering")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.1)
    raise TorchdojoError(f"the server did not answer on port {port} within {timeout_s:.0f} s")


async def _read_response(reader: asyncio.StreamReader) -> int:
    """Read one HTTP/1.1 response (Content-Length or chunked) and return its status code."""
    head = await reader.readuntil(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    status = int(lines[0].split()[1])
    headers = {
        k.strip().lower(): v.strip() for k, _, v in (line.partition(":") for line in lines[1:] if line)
    }
    if "content-length" in headers:
        await reader.readexactly(int(headers["content-length"]))
    elif headers.get("transfer-encoding") == "chunked":
        while True:
            size = int((await reader.readuntil(b"\r\n")).strip(), 16)
            await reader.readexactly(size + 2)
            if size == 0:
                break
    return status


async def _client(port: int, paths, deadline: float, latencies: list[float], errors: list[int]) -> None:
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    try:
        for path in paths:
            if time.perf_counter() >= deadline:
                break
            started = time.perf_counter()
            try:
                writer.write(
                    f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: keep-alive\r\n\r\n".encode()
                )
                status = await _read_response(reader)
            except (OSError, asyncio.IncompleteReadError, ValueError):
                errors.append(1)
                writer.close()
                reader, writer = await asyncio.open_connection("127.0.0.1", port)
                continue
            latencies.append((time.perf_counter() - started) * 1000)
            if status != 200:
                errors.append(status)
    finally:
        writer.close()


async def _load(
    port: int, paths: list[str], concurrency: int, duration_s: float
) -> tuple[list[float], list[int]]:
    cycle = itertools.cycle(paths)  # shared: together the clients walk every page in turn
    latencies: list[float] = []
    errors: list[int] = []
    await _client(port, paths, time.perf_counter() + 60, [], errors)  # warm the page caches; not measured
    deadline = time.perf_counter() + duration_s
    await asyncio.gather(*(_client(port, cycle, deadline, latencies, errors) for _ in range(concurrency)))
    return latencies, errors


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return 0.0
    index = min(len(ordered) - 1, max(0, round(fraction * len(ordered)) - 1))
    return ordered[index]


def bench_web(course_dir: Path, concurrency: int = 50, duration_s: float = 5.0) -> BenchResult:
    paths = page_paths(course_dir)
    port = free_port()
    with (
        tempfile.TemporaryDirectory(prefix="torchdojo-bench-") as home,
        running_server(course_dir, Path(home), port),
    ):
        started = time.perf_counter()
        latencies, errors = asyncio.run(_load(port, paths, concurrency, duration_s))
        elapsed = time.perf_counter() - started
    return BenchResult(
        p50_ms=round(percentile(latencies, 0.50), 2),
        p99_ms=round(percentile(latencies, 0.99), 2),
        errors=len(errors),
        concurrency=concurrency,
        requests=len(latencies),
        urls=len(paths),
        requests_per_s=round(len(latencies) / elapsed, 1),
    )
