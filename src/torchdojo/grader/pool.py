"""The warm pool, trusted side: starts zygotes (one per core), hands them jobs, replaces the ones that die.

``Pool.run(job_bytes, timeout)`` returns an ``Outcome``: the child's framed reply, or why there is none
(timeout, crash, malformed reply, zygote lost). The zygote kills a child at its deadline; the pool also keeps
its own, later deadline and kills the whole zygote sandbox if the zygote itself stops answering.
"""

from __future__ import annotations

import atexit
import json
import os
import queue
import select
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from torchdojo.errors import SandboxError
from torchdojo.grader import sandbox, wire
from torchdojo.settings import PACKAGE_DIR, Settings

STARTUP_TIMEOUT = 120.0
GRACE = 3.0  # seconds past a job's timeout before the zygote itself is presumed stuck


@dataclass
class Outcome:
    kind: str  # result | timeout | crashed | bad-reply | lost
    reply: bytes = b""
    detail: str = ""
    child_ms: float = 0.0
    extra: dict = field(default_factory=dict)


class ZygoteProcess:
    """One zygote, in bubblewrap or not, and the pipe protocol to it."""

    def __init__(self, settings: Settings, mode: str, warmup: bool = True):
        config = {
            "cpu_s": settings.cpu_s,
            "memory_mb": settings.memory_mb,
            "prefork": settings.prefork,
            "stdout_limit": settings.max_output_kb * 1024,
            "max_reply": wire.MAX_BODY // 4,
            "seccomp": True,
            "warmup": warmup,
        }
        python_args = ["-m", "torchdojo.grader.zygote", json.dumps(config)]
        environment = sandbox.scrubbed_environment()
        environment["PYTHONPATH"] = str(PACKAGE_DIR.parent)
        if mode == "bwrap":
            command = sandbox.bubblewrap_command(python_args, bwrap_hidden_paths(settings))
        else:
            command = [sys.executable, *python_args]
        self.log = tempfile.TemporaryFile()  # the zygote's stderr: quoted if it fails to start
        self.process = subprocess.Popen(
            command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=self.log, env=environment, cwd="/"
        )
        self.alive = True
        self.next_job = 0

    def wait_ready(self, timeout: float = STARTUP_TIMEOUT) -> None:
        header, _ = self._read(time.monotonic() + timeout)
        if header is None or header.get("type") != "ready":
            said = self.stderr_tail()
            self.kill()
            raise SandboxError(
                "the grading sandbox did not start (bubblewrap or torch failed inside it) — run "
                "'torchdojo grade --sandbox none …' to check torch itself, or reinstall bubblewrap. "
                f"It said: {said or '(nothing)'}"
            )

    def stderr_tail(self, limit: int = 1500) -> str:
        try:
            self.log.seek(0)
            return self.log.read().decode(errors="replace")[-limit:].strip()
        except (OSError, ValueError):
            return ""

    def run(self, job: bytes, timeout: float) -> Outcome:
        self.next_job += 1
        job_id = self.next_job
        try:
            self.process.stdin.write(wire.frame({"type": "job", "job": job_id, "timeout": timeout}, [job]))
            self.process.stdin.flush()
        except (BrokenPipeError, OSError):
            self.kill()
            return Outcome("lost", detail="the grading process had stopped")
        header, blobs = self._read(time.monotonic() + timeout + GRACE)
        if header is None:
            self.kill()
            return Outcome(
                "timeout" if self.process.poll() is None else "lost",
                detail="the grading process stopped answering",
            )
        if header.get("type") == "result":
            return Outcome("result", bytes(blobs[0]), child_ms=header.get("ms", 0.0))
        reason = str(header.get("reason", ""))
        kind = "timeout" if reason == "timeout" else ("bad-reply" if reason == "bad-reply" else "crashed")
        return Outcome(kind, detail=str(header.get("detail") or reason), child_ms=header.get("ms", 0.0))

    def _read(self, deadline: float):
        stream = self.process.stdout

        def read_exactly(count: int) -> bytes:
            parts, remaining = [], count
            while remaining:
                left = deadline - time.monotonic()
                if left <= 0 or not select.select([stream], [], [], left)[0]:
                    raise TimeoutError
                chunk = os.read(stream.fileno(), min(remaining, 1 << 20))
                if not chunk:
                    raise EOFError
                parts.append(chunk)
                remaining -= len(chunk)
            return b"".join(parts)

        try:
            return wire.read_message(read_exactly)
        except (TimeoutError, EOFError, wire.WireError, ValueError, OSError):
            return None, []  # ValueError/OSError: the pipe was closed under us (pool shutting down)

    def kill(self) -> None:
        self.alive = False
        if self.process.poll() is None:
            self.process.kill()
        try:
            self.process.wait(timeout=5)
        except subprocess.TimeoutExpired:  # pragma: no cover
            pass
        for stream in (self.process.stdin, self.process.stdout, self.log):
            try:
                stream.close()
            except OSError:
                pass


class Pool:
    """A fixed number of zygotes; ``run`` blocks until one is free."""

    def __init__(self, settings: Settings):
        self.settings = settings
        self.mode = sandbox.choose_mode(settings.sandbox, settings.multi_user)
        if self.mode == "none":
            _warn_unsandboxed()
        self.size = settings.pool_size or os.cpu_count() or 1
        self.idle: queue.Queue[ZygoteProcess] = queue.Queue()
        self.closed = False
        self._lock = threading.Lock()
        self.zygotes = [ZygoteProcess(settings, self.mode) for _ in range(self.size)]
        for zygote in self.zygotes:
            zygote.wait_ready()
            self.idle.put(zygote)

    def run(self, job: bytes, timeout: float | None = None) -> Outcome:
        """Run one job on a free zygote. A zygote found dead is replaced and the job retried once
        elsewhere, so a zygote lost between gradings never costs the next learner their verdict."""
        if self.closed:
            raise SandboxError("the grading pool was shut down")
        outcome = Outcome("lost")
        for _attempt in range(2):
            zygote = self.idle.get()
            if zygote.process.poll() is not None:
                self._retire(zygote)
                continue
            outcome = zygote.run(job, timeout or self.settings.timeout_s)
            if outcome.kind == "lost" or not zygote.alive or zygote.process.poll() is not None:
                self._retire(zygote)
                if outcome.kind == "lost":
                    continue
            else:
                self.idle.put(zygote)
            return outcome
        return outcome

    def _retire(self, zygote: ZygoteProcess) -> None:
        zygote.kill()
        self._replace(zygote)

    def _replace(self, dead: ZygoteProcess) -> None:
        with self._lock:
            if self.closed:
                return
            fresh = ZygoteProcess(self.settings, self.mode)
            self.zygotes = [fresh if z is dead else z for z in self.zygotes]

        def wait_then_serve() -> None:
            try:
                fresh.wait_ready()
            except SandboxError:
                fresh.kill()
                if not self.closed:
                    self._replace(fresh)
                return
            if self.closed:
                fresh.kill()
            else:
                self.idle.put(fresh)

        threading.Thread(target=wait_then_serve, daemon=True).start()

    def close(self) -> None:
        self.closed = True
        for zygote in self.zygotes:
            zygote.kill()


def _warn_unsandboxed() -> None:
    banner = "!" * 78
    sys.stderr.write(
        f"{banner}\n! torchdojo: bubblewrap is not installed, so learner code runs WITHOUT filesystem\n"
        f"! isolation (rlimits, seccomp and timeouts still apply). Fine for one learner on their own\n"
        f"! machine; never for a shared server. Install it: apt-get install bubblewrap\n{banner}\n"
    )


_shared: dict[tuple, Pool] = {}
_shared_lock = threading.Lock()


def shared_pool(settings: Settings) -> Pool:
    """One pool per process and configuration, started on first use, closed at exit."""
    key = (
        settings.sandbox,
        settings.multi_user,
        settings.pool_size,
        settings.prefork,
        settings.cpu_s,
        settings.memory_mb,
        settings.max_output_kb,
        str(settings.course),
        str(settings.home),
    )
    with _shared_lock:
        if key not in _shared:
            _shared[key] = Pool(settings)
            atexit.register(_shared[key].close)
        return _shared[key]


def bwrap_hidden_paths(settings: Settings) -> list[Path]:
    """What learner code must never see: the bundled course, the configured course, TORCHDOJO_HOME."""
    return [PACKAGE_DIR / "courses", settings.course, settings.home]
