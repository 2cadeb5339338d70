"""The zygote: a warm interpreter (torch imported) that keeps sandboxed children forked ahead of demand.

Run as ``python -m torchdojo.grader.zygote CONFIG_JSON`` inside bubblewrap (see ``sandbox``). It talks to the
trusted pool over one Unix ``SOCK_SEQPACKET`` socket (its number is ``control_fd`` in the config), one ``wire``
frame per packet:

    zygote → pool  {"type": "ready", "pid": pid, "prefault_pages": n} once (n: pages each child copies
                   instead of running the warm-up, 0 where it runs the warm-up; see ``prefault``);
                   {"type": "spare", "child": id} + two file descriptors (SCM_RIGHTS): the write end of the
                   child's job pipe and the read end of its reply pipe, once per child forked;
                   {"type": "status", "child": id, "reason": "exit N" | "signal N" | …} when asked
    pool → zygote  {"type": "release", "child": id, "status": bool}: done with that child

So a job and its reply go straight between the trusted process and the child: no relay on the critical path.
Before forking anything, a zygote builds the case inputs the trusted process gave it (``inputs_fd`` in the
config: framed jobs without sources), so that its children take them ready-made (``probe.prebuild``), and
once warm it fills its allocators' free slots (``allocators``), so that children allocate in fresh memory.
Each child confines itself (``sandbox``), warms the probe's code paths so copy-on-write faults happen while
idle, writes one ready byte, blocks on its job pipe, serves exactly one job, writes one framed reply, and then
waits to be released, so that its exit (several milliseconds for a forked torch process) happens after the
trusted process has judged. The zygote kills and reaps released children and forks their replacements.
Both are background work: while the trusted process says a grading runs (``activity``), a zygote that still
has a child ready puts off forking, and a replacement pauses its warm-up.
"""

from __future__ import annotations

import fcntl
import gc
import json
import os
import select
import signal
import socket
import sys
import time

from torchdojo.grader import allocators, hugepages, prefault, warm, wire
from torchdojo.grader.activity import MAX_PAUSE, ActivityReader
from torchdojo.grader.sandbox import Confinement, remove_workdir, scrub_environment

WARMUP_SOURCE = """
import copy
import io
import math

import torch
import torch.nn.functional as F


def warm(x, model, loader, criterion, optimizer, adam_model, adam, labels):
    print("warm")
    model.train()
    for xb, yb in loader:
        optimizer.zero_grad()
        loss = criterion(model(xb), yb)
        loss.backward()
        optimizer.step()
    best = copy.deepcopy(model.state_dict())
    model.eval()
    with torch.no_grad():
        val = sum(float(criterion(model(xb), yb)) for xb, yb in loader) / len(loader)
    model.load_state_dict(best)
    logits = adam_model(x)
    adam.zero_grad()
    F.cross_entropy(logits, labels).backward()
    torch.nn.utils.clip_grad_norm_(adam_model.parameters(), 1.0)
    adam.step()
    buffer = io.BytesIO()
    torch.save({"model": adam_model.state_dict(), "optimizer": adam.state_dict()}, buffer)
    buffer.seek(0)
    checkpoint = torch.load(buffer, weights_only=True)
    adam.load_state_dict(checkpoint["optimizer"])
    d = torch.cdist(x, x) + (x[:, None, :] - x[None, :, :]).pow(2).sum(-1).clamp_min(0).sqrt()
    scores = (x @ x.transpose(-2, -1) / math.sqrt(x.shape[-1])).masked_fill(
        torch.ones(4, 4, dtype=torch.bool).triu(1), float("-inf")
    )
    image = F.conv2d(x.reshape(1, 1, 4, 3), torch.ones(2, 1, 2, 2), padding=1)
    extra = F.layer_norm(x, (3,)) + torch.einsum("ij,kj->ik", x, x).sum() + F.max_pool2d(image, 2).mean()
    return {
        "value": float(loss.item()) + val,
        "d": d.softmax(-1) @ x + extra,
        "attention": scores.softmax(dim=-1),
        "list": [1, 2.5, None, (labels.argmax(), x.dtype)],
    }
"""


def warmup_job() -> tuple[dict, list]:
    """A job that touches what real jobs touch: exec, recipes, training and evaluation with hooks, Adam,
    checkpoints in memory, attention-style tensor code, and encoding the reply."""
    import torch

    from torchdojo.grader.probe import encode_argument
    from torchdojo.grader.spec import Build, Ref

    blobs: list[bytes] = []
    args = {
        "x": torch.randn(4, 3),
        "model": Build("mlp", sizes=[3, 4, 1], dropout=0.1),
        "loader": Build("loader", x=torch.randn(4, 3), y=torch.randn(4, 1), batch_size=2),
        "criterion": Build("criterion", name="mse"),
        "optimizer": Build("optimizer", params_of=Ref("model"), lr=0.1),
        "adam_model": Build("with_buffers", sizes=[3, 4, 2]),
        "adam": Build("optimizer", params_of=Ref("adam_model"), name="adam", lr=0.01),
        "labels": torch.tensor([0, 1, 1, 0]),
    }
    encoded = [[name, encode_argument(value, blobs)] for name, value in args.items()]
    case = {"name": "warm", "args": encoded, "observe": ["state:model", "training:model", "grads:adam_model"]}
    return wire.roundtrip({"entry": "warm", "cases": [case]}, blobs)


LIGHT_WARMUP_SOURCE = """
import torch
import torch.nn.functional as F


def warm(x, fail=False, w=None):
    print("warm")
    if w is not None:
        w = w.clone().requires_grad_()
        loss = F.cross_entropy(x @ w, torch.tensor([0, 1, 1, 0]))
        loss.backward()
        return w.grad, loss.item()  # not float(loss): torch warns about that once per process, and the
        # learner's code must still see its warning
    if fail:
        x.add_(1)  # an input changed in place, then an exception: the paths of two common mistakes
        raise ValueError("warm")
    return {"product": x @ x.T, "total": float(x.sum()), "list": [1, None, 2.5], "array": x.numpy(), "flag": True}
"""


def light_warmup_job() -> tuple[dict, list]:
    """A small job run after the warm-up's pages were copied (``prefault``): the copies do not recreate
    what a run leaves behind in the allocators (free lists, arenas) that the next job's run reuses. Three
    cases: one returns a mix of values, one changes its input and raises (its traceback is described as a
    learner's error is), one runs a backward pass. Measured against the first case alone, children
    alternating within one run of the latency pass: with the second, grading p50 -0.18 / -0.14 ms and mean
    -0.25 / -0.34 ms; the third on top, p50 -0.03 / -0.15 ms and mean -0.19 / -0.33 ms."""
    import torch

    from torchdojo.grader.probe import encode_argument

    blobs: list[bytes] = []

    def case(name: str, **args) -> dict:
        encoded = [[key, encode_argument(value, blobs)] for key, value in args.items()]
        return {"name": name, "args": encoded, "observe": []}

    cases = [
        case("returns", x=torch.randn(4, 3)),
        case("changes its input and raises", x=torch.randn(4, 3), fail=True),
        case("backward", x=torch.randn(4, 3), w=torch.randn(3, 2)),
    ]
    return wire.roundtrip({"entry": "warm", "cases": cases}, blobs)


class Zygote:
    """Forks warm children and hands their pipe ends to the trusted process; kills and reaps them after."""

    def __init__(self, config: dict):
        self.config = config
        self.warmup = wire.frame(*warmup_job())  # framed once here; every child parses it as it will its job
        self.light_warmup = wire.frame(*light_warmup_job())
        self.children: dict[int, int] = {}  # child id -> pid: handed out, not yet released
        self.finished: set[int] = set()  # pids killed after their job, not yet reaped
        self.next_id = 0
        self.refill_at: float | None = None
        self.prefault: prefault.Prefault | None = None  # the warm-up's page copies, once surveyed
        self.confinement = Confinement(config["cpu_s"], config["memory_mb"], config["seccomp"])
        fd = config.get("activity_fd")
        self.activity = ActivityReader(fd, int(config.get("slot") or 0)) if fd is not None else None
        self.max_pause = float(config.get("max_pause", MAX_PAUSE))  # see ``activity``
        self.refill_deadline = 0.0  # how long a deferred refill may still wait for gradings to end
        self.control = socket.socket(fileno=config["control_fd"])
        null = os.open(os.devnull, os.O_RDWR)
        os.dup2(null, 0)
        os.dup2(null, 1)
        os.close(null)

    # -------------------------------------------------------------------------------- children
    def fork_child(self, warm: bool = True) -> None:
        """Fork one child and pass its job-pipe write end and reply-pipe read end to the trusted process."""
        job_read, job_write = os.pipe()
        reply_read, reply_write = os.pipe()
        _widen(job_write)
        _widen(reply_write)
        pid = os.fork()
        if pid == 0:  # pragma: no cover - runs in the child
            self._child_main(job_read, reply_write, warm)
        os.close(job_read)
        os.close(reply_write)
        self.next_id += 1
        self.children[self.next_id] = pid
        try:
            socket.send_fds(
                self.control, [wire.frame({"type": "spare", "child": self.next_id})], [job_write, reply_read]
            )
        finally:
            os.close(job_write)
            os.close(reply_read)

    def _child_main(self, job_fd: int, reply_fd: int, warm: bool) -> None:  # pragma: no cover - in the child
        code = 0
        try:
            self._child_confine(job_fd, reply_fd)
            from torchdojo.grader import probe

            # While idle, fault in the pages a job writes, on the job's own path: parse, probe, reply.
            # Each step first waits (a little) while a grading runs: this is background work.
            deadline = time.monotonic() + self.max_pause
            if warm and self.prefault is not None:  # the warm-up's pages copied, then a small run
                self.prefault.apply(between=lambda: self._yield(deadline))
                self._yield(deadline)
                self._run_warmup(self.light_warmup, LIGHT_WARMUP_SOURCE)
            elif warm:
                self._yield(deadline)
                self._run_warmup(self.warmup, WARMUP_SOURCE)
            gc.freeze()  # the job's collections need not walk what the warm-up left
            _set_policy("SCHED_OTHER")  # the job itself runs as an ordinary process
            wire.write_all(reply_fd, wire.READY)
            header, blobs = wire.parse(_read_job(job_fd))
            reply = probe.run_job(header, blobs, header.pop("source"), self.config["stdout_limit"])
            wire.write_all(reply_fd, reply)
            os.read(job_fd, 1)  # block until released: the exit (~3-8 ms) happens after the judging
        except BaseException:  # noqa: BLE001 - the trusted process asks for the exit status
            code = 70
        os._exit(code)

    def _yield(self, deadline: float) -> None:
        if self.activity is not None:
            self.activity.wait_while_grading(deadline)

    def _run_warmup(self, job: bytes, source: str) -> None:
        from torchdojo.grader import probe

        header, blobs = wire.parse(job)
        probe.run_job(header, blobs, source)

    def survey(self) -> None:
        """Learn which pages the warm-up writes in a child, so that children copy them without running it
        (see ``prefault``); where that cannot work, children keep running the warm-up itself."""
        if not (self.config.get("warmup", True) and self.config.get("prefault", True)):
            return
        found = prefault.Prefault(prefault.survey(lambda: self._run_warmup(self.warmup, WARMUP_SOURCE)))
        self.prefault = found if found.usable else None

    def _child_confine(self, job_fd: int, reply_fd: int) -> None:  # pragma: no cover - runs in the child
        os.closerange(3, job_fd)
        os.closerange(job_fd + 1, reply_fd)
        os.closerange(reply_fd + 1, 1024)
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
        signal.signal(signal.SIGCHLD, signal.SIG_DFL)
        self.confinement.apply()

    def refill(self, warm: bool = True) -> None:
        while len(self.children) < self.config["prefork"]:
            self.fork_child(warm and self.config.get("warmup", True))

    # -------------------------------------------------------------------------------- protocol
    def send(self, header: dict) -> None:
        self.control.sendall(wire.frame(header))

    def release(self, child_id: int, want_status: bool, busy: bool = False) -> None:
        """The trusted process is done with a child: kill it (if it has not exited) and, if asked, say how
        it ended. A child that closed its reply pipe without exiting gets a short grace first. When the pool
        is not busy, the child's exit (several ms of unmapping) runs at the lowest priority, so that it does
        not take a core from the trusted process, which is still finishing the grading."""
        pid = self.children.pop(child_id, None)
        if pid is None:
            if want_status:
                self.send({"type": "status", "child": child_id, "reason": "unknown child"})
            return
        reason = _exit_within(pid, STATUS_GRACE) if want_status else None
        if reason is None:
            if not busy:
                _lower_priority(pid)
            _kill(pid)
            if not want_status:
                self.finished.add(pid)  # reaped later, off the critical path
                return
            reason = _exit_reason(pid, 0) or "exit"
            if reason == "signal 9":
                reason = "killed (it closed its reply channel but kept running)"
        remove_workdir(pid)
        self.send({"type": "status", "child": child_id, "reason": reason})

    def on_control(self) -> bool:
        data = self.control.recv(1 << 16)
        if not data:
            return False
        header, _ = wire.parse(data)
        kind = header.get("type")
        if kind == "release":
            busy = bool(header.get("busy"))
            self.release(int(header["child"]), bool(header.get("status")), busy)
            if busy:
                self.refill(warm=False)
            else:  # the trusted process is still finishing the grading: fork the replacement just after
                self.refill_at = time.monotonic() + REFILL_DELAY
                self.refill_deadline = self.refill_at + self.max_pause
        elif kind == "ping":
            self.send({"type": "pong", "children": len(self.children)})
        return True

    def reap(self) -> None:
        for pid in list(self.finished):
            if _exit_reason(pid, os.WNOHANG) is not None:
                self.finished.discard(pid)
                remove_workdir(pid)

    def serve(self) -> None:
        self.survey()  # after every change to this process's memory: children inherit it as it is now
        self.refill()
        pages = self.prefault.pages if self.prefault is not None else 0
        self.send({"type": "ready", "pid": os.getpid(), "prefault_pages": pages})
        while True:
            wait = 0.05 if self.finished else None
            if self.refill_at is not None:
                wait = max(0.0, min(wait or 1.0, self.refill_at - time.monotonic()))
            readable, _, _ = select.select([self.control], [], [], wait)
            if readable and not self.on_control():
                return
            self.reap()
            now = time.monotonic()
            if self.refill_at is not None and now >= self.refill_at and self._defer_refill(now):
                self.refill_at = now + 0.001  # a grading runs and a warm child is still here: later
            if self.refill_at is None or now >= self.refill_at:
                self.refill_at = None
                self.refill()

    def _defer_refill(self, now: float) -> bool:
        """Whether to put off forking replacements: while a grading runs elsewhere (a fork costs the zygote
        a few ms of CPU), as long as this zygote still has a child ready and the wait has not been long."""
        return (
            self.activity is not None
            and len(self.children) > 0
            and now < self.refill_deadline
            and self.activity.grading_elsewhere()
        )


REFILL_DELAY = 0.003  # seconds between an idle-time release and the replacement's fork
STATUS_GRACE = 0.2  # seconds a child that closed its reply pipe gets to finish exiting


def _set_policy(name: str) -> None:
    """Switch this process between the two ordinary scheduling policies (no privilege needed); a no-op
    where the platform has no such call."""
    try:
        os.sched_setscheduler(0, getattr(os, name), os.sched_param(0))
    except (AttributeError, OSError):
        pass


def _widen(fd: int) -> None:
    """Grow a pipe to 1 MB so a typical job or reply crosses in one write (best effort)."""
    try:
        fcntl.fcntl(fd, 1031, 1 << 20)  # F_SETPIPE_SZ
    except OSError:
        pass


def _lower_priority(pid: int) -> None:
    try:
        os.setpriority(os.PRIO_PROCESS, pid, 19)
    except OSError:
        pass


def _kill(pid: int) -> None:
    try:
        os.kill(pid, signal.SIGKILL)
    except ProcessLookupError:
        pass


def _exit_within(pid: int, seconds: float) -> str | None:
    """How a child ended, waiting up to ``seconds`` for it to finish exiting; None if it still runs."""
    deadline = time.monotonic() + seconds
    while (reason := _exit_reason(pid, os.WNOHANG)) is None and time.monotonic() < deadline:
        time.sleep(0.001)
    return reason


def _exit_reason(pid: int, flags: int) -> str | None:
    """How a child ended ("exit N" / "signal N"), or None if it is still running (with WNOHANG)."""
    try:
        done, status = os.waitpid(pid, flags)
    except ChildProcessError:
        return "exit"
    if done == 0:
        return None
    if os.WIFSIGNALED(status):
        return f"signal {os.WTERMSIG(status)}"
    return f"exit {os.WEXITSTATUS(status)}"


def _read_job(fd: int) -> bytes:
    """One framed job from its pipe: one read for a job that fits the pipe; EOFError if it closes first."""
    return wire.read_frame(lambda wanted: os.read(fd, max(wanted, 1 << 20)), wire.MAX_BODY)


def _prebuild(fd: int) -> int:
    """Build the case inputs the trusted process sent (framed jobs without sources, one after another),
    so that every child forked later has them ready (``probe.prebuild``); returns how many cases."""
    from torchdojo.grader import probe

    with open(fd, "rb") as inputs:  # closes the descriptor too
        data = inputs.read()
    offset = count = 0
    while offset + wire.PREFIX.size <= len(data):
        try:
            header_length, body_length = wire.parse_prefix(data[offset : offset + wire.PREFIX.size])
            end = offset + wire.PREFIX.size + header_length + body_length
            header, blobs = wire.parse(data[offset:end])
        except wire.WireError:
            break
        count += probe.prebuild(header, blobs)
        offset = end
    return count


def main() -> None:
    config = json.loads(sys.argv[1])
    import torch

    torch.set_num_threads(1)
    import torch.utils.data  # noqa: F401 - pre-imported for the children

    from torchdojo.grader import probe

    if config.get("inputs_fd") is not None:
        _prebuild(config["inputs_fd"])
    header, blobs = warmup_job()
    probe.run_job(header, blobs, WARMUP_SOURCE)
    warm.warm_process()  # first-use costs paid once here, not in every child
    signal.signal(signal.SIGCHLD, signal.SIG_DFL)
    gc.collect()
    gc.freeze()
    allocators.fill_small_object_blocks()
    allocators.fill_malloc_holes()
    hugepages.collapse_to_huge_pages()
    if config.get("move_code", True):  # after the warm-up: it decides which code is worth moving
        hugepages.move_code_to_huge_pages()
    scrub_environment()  # once, after everything torch sets up at import time: every child inherits it
    # The zygote and its children's warm-ups are background work: under SCHED_BATCH their wake-ups do not
    # preempt a running grading (or the trusted process judging one); their share of the CPU is unchanged.
    _set_policy("SCHED_BATCH")
    Zygote(config).serve()


if __name__ == "__main__":
    main()
