"""The zygote: a warm interpreter (torch imported) that keeps sandboxed children forked ahead of demand.

Run as ``python -m torchdojo.grader.zygote CONFIG_JSON`` inside bubblewrap (see ``sandbox``). It talks to
the trusted pool over its stdin/stdout with ``wire`` frames:

    pool → zygote  {"type": "job", "job": id, "timeout": s} + [job bytes]
    zygote → pool  {"type": "ready"} once, then per job one of
                   {"type": "result", "job": id, "ms": child_ms} + [the child's framed reply]
                   {"type": "failed", "job": id, "reason": "timeout" | "exit" | "signal" | "bad-reply", …}

Each child confines itself (``sandbox``), warms the probe's code paths so copy-on-write faults happen while
idle, blocks on its job pipe, serves exactly one job, writes one framed reply and exits; the zygote relays
the reply without waiting for the child's exit, kills it at the deadline, and reaps it off the critical path.
"""

from __future__ import annotations

import gc
import json
import os
import select
import shutil
import signal
import sys
import time
from collections import deque
from dataclasses import dataclass, field

from torchdojo.grader import wire
from torchdojo.grader.sandbox import sandbox_workdir

WARMUP_SOURCE = """
import torch
def warm(x, model, loader, criterion, optimizer):
    print("warm")
    for xb, yb in loader:
        optimizer.zero_grad()
        loss = criterion(model(xb), yb)
        loss.backward()
        optimizer.step()
    d = torch.cdist(x, x) + (x[:, None, :] - x[None, :, :]).pow(2).sum(-1).clamp_min(0).sqrt()
    return {"value": float(loss.item()), "d": d.softmax(-1) @ x.t(), "list": [1, 2.5, None]}
"""


def warmup_job() -> tuple[dict, list]:
    """A job that touches what real jobs touch: exec, recipes, training hooks, encoding."""
    import torch

    from torchdojo.grader.probe import encode_argument
    from torchdojo.grader.spec import Build, Ref

    blobs: list[bytes] = []
    args = {
        "x": torch.randn(4, 3),
        "model": Build("mlp", sizes=[3, 4, 1]),
        "loader": Build("loader", x=torch.randn(4, 3), y=torch.randn(4, 1), batch_size=2),
        "criterion": Build("criterion", name="mse"),
        "optimizer": Build("optimizer", params_of=Ref("model"), lr=0.1),
    }
    encoded = [[name, encode_argument(value, blobs)] for name, value in args.items()]
    header = {"entry": "warm", "cases": [{"name": "warm", "args": encoded, "observe": ["state:model"]}]}
    return wire.roundtrip(header, blobs)


@dataclass
class Child:
    pid: int
    job_fd: int
    reply_fd: int
    job: int | None = None
    deadline: float = 0.0
    started: float = 0.0
    buffer: bytearray = field(default_factory=bytearray)


class Zygote:
    def __init__(self, config: dict):
        self.config = config
        self.warmup = warmup_job()  # built once here; every child reuses it (its pages are already warm)
        self.spares: deque[Child] = deque()
        self.active: dict[int, Child] = {}  # by reply fd
        self.finished: set[int] = set()  # pids killed after their job, not yet reaped
        self.control_in = os.dup(0)
        self.control_out = os.dup(1)
        null = os.open(os.devnull, os.O_RDWR)
        os.dup2(null, 0)
        os.dup2(null, 1)
        os.close(null)
        self.inbox = bytearray()

    # -------------------------------------------------------------------------------- children
    def fork_child(self) -> Child:
        job_read, job_write = os.pipe()
        reply_read, reply_write = os.pipe()
        pid = os.fork()
        if pid == 0:  # pragma: no cover - runs in the child
            os.close(job_write)
            os.close(reply_read)
            self._child_main(job_read, reply_write)
        os.close(job_read)
        os.close(reply_write)
        return Child(pid, job_write, reply_read)

    def _child_main(self, job_fd: int, reply_fd: int) -> None:  # pragma: no cover - runs in the child
        code = 0
        try:
            self._child_confine(job_fd, reply_fd)
            from torchdojo.grader import probe

            if self.config.get("warmup", True):
                header, blobs = self.warmup
                probe.run_job(header, blobs, WARMUP_SOURCE)  # fault pages in while idle
                gc.collect()
            header, blobs = wire.read_message(lambda n: _read_exactly(job_fd, n))
            reply = probe.run_job(header, blobs, header.pop("source"), self.config["stdout_limit"])
            _write_all(reply_fd, reply)
        except BaseException:  # noqa: BLE001 - the zygote reports a missing reply
            code = 70
        os._exit(code)

    def _child_confine(self, job_fd: int, reply_fd: int) -> None:  # pragma: no cover - runs in the child
        from torchdojo.grader import sandbox

        os.closerange(3, job_fd)
        os.closerange(job_fd + 1, reply_fd)
        os.closerange(reply_fd + 1, 1024)
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
        signal.signal(signal.SIGCHLD, signal.SIG_DFL)
        sandbox.die_with_parent()
        sandbox.scrub_environment()
        sandbox.fresh_workdir()
        sandbox.apply_rlimits(self.config["cpu_s"], self.config["memory_mb"])
        if self.config["seccomp"]:
            sandbox.install_seccomp()

    def refill(self) -> None:
        while len(self.spares) < self.config["prefork"]:
            self.spares.append(self.fork_child())

    # -------------------------------------------------------------------------------- protocol
    def send(self, header: dict, blobs: list[bytes] = ()) -> None:
        _write_all(self.control_out, wire.frame(header, list(blobs)))

    def dispatch(self, header: dict, job_bytes: bytes) -> None:
        child = self.spares.popleft() if self.spares else self.fork_child()
        child.job, child.started = header["job"], time.monotonic()
        child.deadline = child.started + float(header.get("timeout", 10))
        self.active[child.reply_fd] = child
        try:
            _write_all(child.job_fd, job_bytes)
        except OSError:
            pass  # the child died early; its missing reply is reported below
        os.close(child.job_fd)

    def finish(self, child: Child, header: dict, blobs: list[bytes] = ()) -> None:
        self.active.pop(child.reply_fd, None)
        os.close(child.reply_fd)
        header.setdefault("job", child.job)
        header["ms"] = (time.monotonic() - child.started) * 1000
        self.send(header, blobs)
        try:
            os.kill(child.pid, signal.SIGKILL)  # it has replied or failed; its exit is not waited for
        except ProcessLookupError:
            pass
        self.finished.add(child.pid)

    def on_reply_readable(self, child: Child) -> None:
        chunk = os.read(child.reply_fd, 1 << 20)
        if chunk:
            child.buffer += chunk
            self._maybe_complete(child)
            return
        self.finish(child, {"type": "failed", "reason": self._exit_reason(child)})

    def _maybe_complete(self, child: Child) -> None:
        if len(child.buffer) < wire.PREFIX.size:
            return
        try:
            header_length, body_length = wire.parse_prefix(
                bytes(child.buffer[: wire.PREFIX.size]), self.config["max_reply"]
            )
        except (wire.WireError, Exception) as error:  # noqa: BLE001
            self.finish(child, {"type": "failed", "reason": "bad-reply", "detail": str(error)[:300]})
            return
        if len(child.buffer) >= wire.PREFIX.size + header_length + body_length:
            self.finish(child, {"type": "result"}, [bytes(child.buffer)])

    def _exit_reason(self, child: Child) -> str:
        try:
            _, status = os.waitpid(child.pid, 0)
        except ChildProcessError:
            return "exit"
        self.finished.discard(child.pid)
        shutil.rmtree(sandbox_workdir(child.pid), ignore_errors=True)
        if os.WIFSIGNALED(status):
            return f"signal {os.WTERMSIG(status)}"
        return f"exit {os.WEXITSTATUS(status)}"

    def on_control(self) -> bool:
        chunk = os.read(self.control_in, 1 << 20)
        if not chunk:
            return False
        self.inbox += chunk
        while len(self.inbox) >= wire.PREFIX.size:
            header_length, body_length = wire.parse_prefix(bytes(self.inbox[: wire.PREFIX.size]))
            total = wire.PREFIX.size + header_length + body_length
            if len(self.inbox) < total:
                break
            message, self.inbox = bytes(self.inbox[:total]), self.inbox[total:]
            header, blobs = wire.parse(message)
            if header.get("type") == "job":
                self.dispatch(header, bytes(blobs[0]))
            elif header.get("type") == "ping":
                self.send({"type": "pong", "spares": len(self.spares)})
        return True

    def expire(self) -> None:
        now = time.monotonic()
        for child in list(self.active.values()):
            if now >= child.deadline:
                os.kill(child.pid, signal.SIGKILL)
                self.finish(child, {"type": "failed", "reason": "timeout"})

    def reap(self) -> None:
        """Collect finished children and drop spares that died while idle (never an active one)."""
        for pid in list(self.finished):
            if _exited(pid):
                self.finished.discard(pid)
                shutil.rmtree(sandbox_workdir(pid), ignore_errors=True)
        for child in list(self.spares):
            if _exited(child.pid):
                self.spares.remove(child)
                os.close(child.job_fd)
                os.close(child.reply_fd)
                shutil.rmtree(sandbox_workdir(child.pid), ignore_errors=True)

    def serve(self) -> None:
        self.refill()
        self.send({"type": "ready", "pid": os.getpid()})
        while True:
            timeout = min((child.deadline for child in self.active.values()), default=None)
            wait = None if timeout is None else max(0.0, timeout - time.monotonic())
            if not self.active and len(self.spares) < self.config["prefork"]:
                wait = 0.0
            readable, _, _ = select.select([self.control_in, *self.active], [], [], wait)
            for fd in readable:
                if fd == self.control_in:
                    if not self.on_control():
                        return
                elif fd in self.active:
                    self.on_reply_readable(self.active[fd])
            self.expire()
            self.reap()
            if not readable and not self.active:
                self.refill()  # off the critical path: only when nothing is waiting


def _exited(pid: int) -> bool:
    try:
        done, _ = os.waitpid(pid, os.WNOHANG)
    except ChildProcessError:
        return True
    return done != 0


def _read_exactly(fd: int, count: int) -> bytes:
    parts, remaining = [], count
    while remaining:
        chunk = os.read(fd, min(remaining, 1 << 20))
        if not chunk:
            raise EOFError("pipe closed")
        parts.append(chunk)
        remaining -= len(chunk)
    return b"".join(parts)


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        written = os.write(fd, view)
        view = view[written:]


def main() -> None:
    config = json.loads(sys.argv[1])
    import torch

    torch.set_num_threads(1)
    import torch.utils.data  # noqa: F401 - pre-imported for the children

    from torchdojo.grader import probe

    header, blobs = warmup_job()
    probe.run_job(header, blobs, WARMUP_SOURCE)
    signal.signal(signal.SIGCHLD, signal.SIG_DFL)
    gc.collect()
    gc.freeze()
    if config.get("huge_pages", True):
        collapse_to_huge_pages()
    Zygote(config).serve()


def collapse_to_huge_pages() -> int:
    """Back the zygote's anonymous memory (~150 MB after ``import torch``) with 2 MB pages, best effort.

    fork() copies, and a child's exit tears down, one page-table entry per 4 kB page; with huge pages it is
    one per 2 MB. Measured here: fork 5 ms → 1.5 ms and exit 7 ms → 2.5 ms per child, the warm-up unchanged
    (a child's first write to a huge page splits it). Needs Linux ≥ 6.1 (MADV_COLLAPSE); elsewhere a no-op.
    """
    import ctypes

    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.madvise.argtypes = [ctypes.c_void_p, ctypes.c_size_t, ctypes.c_int]
        regions = open("/proc/self/maps").read().splitlines()
    except OSError:
        return 0
    huge, collapsed = 1 << 21, 0
    for line in regions:
        fields = line.split()
        if "w" not in fields[1] or (len(fields) > 5 and fields[5] != "[heap]"):
            continue  # only private anonymous memory: the heap and unnamed mappings
        start, end = (int(value, 16) for value in fields[0].split("-"))
        start, end = (start + huge - 1) & ~(huge - 1), end & ~(huge - 1)
        if end - start >= huge and libc.madvise(start, end - start, 14) == 0:  # MADV_HUGEPAGE
            collapsed += (
                (end - start) // huge if libc.madvise(start, end - start, 25) == 0 else 0
            )  # MADV_COLLAPSE
    return collapsed


if __name__ == "__main__":
    main()
