"""The warm pool, trusted side: starts zygotes (one per core), runs jobs on their children, replaces the dead.

``Pool.run(job_bytes, timeout)`` returns an ``Outcome``: the child's framed reply, or why there is none
(timeout, crash, malformed reply, zygote lost). Each zygote hands over its pre-forked children's pipe ends
(see ``zygote``), so the job is written straight to a warm child and its reply read straight back; the
deadline is enforced here, and the zygote kills the child when it is released. ``Pool.run(…, then=f)`` calls
``f(outcome)`` before the child is released, so judging is not slowed by that child's exit or its
replacement's fork and warm-up, and returns what ``f`` returns.
"""

from __future__ import annotations

import atexit
import collections
import contextlib
import json
import os
import queue
import select
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from torchdojo.errors import SandboxError
from torchdojo.grader import activity as activity_page
from torchdojo.grader import sandbox, wire
from torchdojo.settings import PACKAGE_DIR, Settings

STARTUP_TIMEOUT = 120.0
SPARE_TIMEOUT = 30.0  # seconds to wait for a warm child before the zygote is presumed stuck
# A grading is split over two children only when the pool is quiet: nothing else in flight and no release for
# SPLIT_QUIET_S, and only if two warm children are ready then (and another zygote keeps one). The wait used to
# keep a split from running beside the replacements' warm-ups (measured at 25 gradings/s on 2 cores: 20 ms
# instead of 50 took the p95 from 12-13 to 9-12 ms). Since warm-ups pause while a grading runs (``activity``),
# no wait is needed: in two runs alternating 20 ms and none every 112 submissions (1,338 gradings each way),
# p95 14.2 -> 13.1 and 14.6 -> 14.0 ms, p99 23.5 -> 20.9 and 25.0 -> 22.6 ms, the p50 within 0.15 ms.
SPLIT_QUIET_S = 0.0


class _Spawner:
    """Starts every zygote from one thread that lives as long as the process.

    bubblewrap's ``--die-with-parent`` (``PR_SET_PDEATHSIG``) kills the sandbox when the *thread* that
    started it ends, not the process: a pool first used from a short-lived thread (a web server's worker,
    which ends after it has been idle a while, or a warm-up thread) lost its zygotes when that thread
    finished, and the next grading came back "the grading process stopped". Started from this thread, a
    zygote still dies with the process, and only then."""

    def __init__(self) -> None:
        self._requests: queue.SimpleQueue = queue.SimpleQueue()
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()

    def run(self, start: Callable[[], Any]) -> Any:
        """``start()`` called on the spawner thread; its result returned (or its exception raised) here."""
        with self._lock:
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(
                    target=self._serve, name="torchdojo-zygote-starter", daemon=True
                )
                self._thread.start()
        if threading.current_thread() is self._thread:
            return start()
        done: Future = Future()
        self._requests.put((start, done))
        return done.result()

    def _serve(self) -> None:
        while True:
            start, done = self._requests.get()
            try:
                done.set_result(start())
            except BaseException as error:  # noqa: BLE001 - handed to the caller, which raises it
                done.set_exception(error)


_spawner = _Spawner()


@dataclass
class Outcome:
    kind: str  # result | timeout | crashed | bad-reply | lost
    reply: bytes = b""
    detail: str = ""
    child_ms: float = 0.0
    extra: dict = field(default_factory=dict)
    decoded: Any = None  # a reply already decoded in this process (a split grading's merged parts)


@dataclass
class Split:
    """One job cut in parts for as many children at once, and how to merge their outcomes into one."""

    jobs: list[bytes]
    merge: Callable[[list[Outcome]], Outcome]


class ZygoteLost(Exception):
    """The zygote stopped answering or closed its socket."""


@dataclass
class Spare:
    child: int
    job_fd: int
    reply_fd: int

    def close(self) -> None:
        for fd in (self.job_fd, self.reply_fd):
            try:
                os.close(fd)
            except OSError:
                pass


class ZygoteProcess:
    """One zygote, in bubblewrap or not, its control socket and the warm children it has handed over."""

    def __init__(
        self,
        settings: Settings,
        mode: str,
        warmup: bool = True,
        activity: activity_page.ActivityPage | None = None,
        slot: int = 0,
        inputs: list[bytes] | None = None,
    ):
        self.socket, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_SEQPACKET)
        inputs_fd = _memory_file(b"".join(inputs)) if inputs else None
        self.activity, self.slot = activity, slot
        config = {
            "cpu_s": settings.cpu_s,
            "memory_mb": settings.memory_mb,
            "prefork": settings.prefork,
            "stdout_limit": settings.max_output_kb * 1024,
            "seccomp": True,
            "warmup": warmup,
            "move_code": settings.huge_code_pages,
            "prefault": settings.prefault_children,
            "control_fd": theirs.fileno(),
            "activity_fd": activity.fd if activity is not None else None,
            "inputs_fd": inputs_fd,  # exercises' case inputs to build before forking (``probe.prebuild``)
            "slot": slot,
            "max_pause": activity_page.MAX_PAUSE,
        }
        python_args = ["-m", "torchdojo.grader.zygote", json.dumps(config)]
        environment = sandbox.scrubbed_environment()
        environment["PYTHONPATH"] = str(PACKAGE_DIR.parent)
        if mode == "bwrap":
            command = sandbox.bubblewrap_command(python_args, bwrap_hidden_paths(settings))
        else:
            command = [sys.executable, *python_args]
        self.log = tempfile.TemporaryFile()  # the zygote's stderr: quoted if it fails to start
        try:
            self.process = _spawner.run(
                lambda: subprocess.Popen(
                    command,
                    stdin=subprocess.DEVNULL,
                    stdout=subprocess.DEVNULL,
                    stderr=self.log,
                    env=environment,
                    cwd="/",
                    pass_fds=[theirs.fileno()]
                    + ([activity.fd] if activity is not None else [])
                    + ([inputs_fd] if inputs_fd is not None else []),
                )
            )
        finally:
            theirs.close()
            if inputs_fd is not None:
                os.close(inputs_fd)
        self.max_reply = wire.MAX_BODY // 4
        self.spares: collections.deque[Spare] = collections.deque()
        self.released: list[int] = []  # job pipes of released children, closed at the next job
        self.statuses: dict[int, str] = {}
        self.alive = True
        self.prefault_pages = 0  # what the zygote said when ready (see ``prefault``)

    def wait_ready(self, timeout: float = STARTUP_TIMEOUT) -> None:
        try:
            header = self._receive(time.monotonic() + timeout)
            while header.get("type") != "ready":
                header = self._receive(time.monotonic() + timeout)
            self.prefault_pages = int(header.get("prefault_pages") or 0)
        except ZygoteLost:
            said = self.stderr_tail()
            self.kill()
            raise SandboxError(
                "the grading sandbox did not start (bubblewrap or torch failed inside it) — run "
                "'torchdojo grade --sandbox none …' to check torch itself, or reinstall bubblewrap. "
                f"It said: {said or '(nothing)'}"
            ) from None

    def stderr_tail(self, limit: int = 1500) -> str:
        try:
            self.log.seek(0)
            return self.log.read().decode(errors="replace")[-limit:].strip()
        except (OSError, ValueError):
            return ""

    # ---------------------------------------------------------------------------------- control socket
    def _receive(self, deadline: float) -> dict[str, Any]:
        """The next control message; spares that arrive on the way are kept."""
        left = deadline - time.monotonic()
        if left <= 0 or not select.select([self.socket], [], [], left)[0]:
            raise ZygoteLost("no answer")
        return self._receive_waiting()

    def _receive_waiting(self) -> dict[str, Any]:
        """The control message the socket has waiting (a ``select`` said so)."""
        try:
            data, fds, _flags, _address = socket.recv_fds(self.socket, 1 << 16, 4)
        except OSError as error:
            raise ZygoteLost(str(error)) from None
        try:
            if not data:
                raise ZygoteLost("closed")
            try:
                header, _ = wire.parse(data)
            except wire.WireError as error:
                raise ZygoteLost(f"bad control message: {error}") from None
            kind = header.get("type")
            if kind == "spare":
                if len(fds) != 2:
                    raise ZygoteLost("a spare came without its two pipes")
                self.spares.append(Spare(int(header["child"]), fds[0], fds[1]))
                fds = []  # kept, not closed
            elif kind == "status":
                self.statuses[int(header["child"])] = str(header.get("reason", ""))[:200]
            return header
        finally:
            for fd in fds:  # descriptors sent with anything but a spare are never ours to keep
                os.close(fd)

    def _collect_control(self) -> None:
        """Read every control message already waiting (spares and statuses are kept), without waiting."""
        while select.select([self.socket], [], [], 0)[0]:
            self._receive_waiting()

    def _send(self, header: dict[str, Any]) -> None:
        try:
            self.socket.sendall(wire.frame(header))
        except OSError as error:
            raise ZygoteLost(str(error)) from None

    def release(self, spare: Spare, status: bool = False, busy: bool = False) -> str:
        """Give a child back to the zygote (it kills and reaps it, and forks a replacement); with
        ``status``, wait for how it ended. ``busy`` says every zygote has work: the replacement then skips
        its warm-up, which moves work off the critical path but costs more CPU than it saves."""
        try:
            self._send({"type": "release", "child": spare.child, "status": status, "busy": busy})
        finally:
            if status:
                spare.close()
            else:
                # The child sleeps on its job pipe; closing that now would wake it to exit at full priority,
                # possibly on this core, before the zygote lowers its priority and kills it. It is closed
                # at the next job, long after the zygote has done so.
                os.close(spare.reply_fd)
                self.released.append(spare.job_fd)
        if not status:
            return ""
        deadline = time.monotonic() + SPARE_TIMEOUT
        while spare.child not in self.statuses:
            self._receive(deadline)
        return self.statuses.pop(spare.child)

    def _close_released(self) -> None:
        while self.released:
            try:
                os.close(self.released.pop())
            except OSError:
                pass

    def ready_count(self, enough: int) -> int:
        """How many of the handed-over children have written their ready byte (counting up to ``enough``),
        without waiting; spares announced meanwhile on the control socket are collected first. A zygote
        whose socket fails counts as 1: taken, it is found out and replaced (``Pool.run``)."""
        try:
            self._collect_control()
        except ZygoteLost:
            return 1
        fds = [spare.reply_fd for spare in self.spares]
        if not fds:
            return 0
        return min(enough, len(select.select(fds, [], [], 0)[0]))

    def take_spare(self) -> Spare:
        """A warm child: one whose ready byte has arrived. Children that died while idle are released.
        While it waits, the activity page says so: this zygote's warming children must not wait for the
        grading that waits for them."""
        spare = self._next_ready(time.monotonic(), wait=False)
        if spare is not None:
            return spare
        if self.activity is not None:
            self.activity.waiting(self.slot, True)
        try:
            spare = self._next_ready(time.monotonic() + SPARE_TIMEOUT, wait=True)
        finally:
            if self.activity is not None:
                self.activity.waiting(self.slot, False)
        assert spare is not None
        return spare

    def take_ready_spares(self, count: int) -> list[Spare]:
        """Up to ``count`` children that are warm right now (none is waited for)."""
        taken: list[Spare] = []
        while len(taken) < count:
            spare = self._next_ready(time.monotonic(), wait=False)
            if spare is None:
                break
            taken.append(spare)
        return taken

    def _next_ready(self, deadline: float, wait: bool) -> Spare | None:
        """The first child whose ready byte has arrived; waiting until ``deadline`` (then ``ZygoteLost``)
        or, without ``wait``, ``None`` when none is ready now."""
        while True:
            self._collect_control()
            by_fd = {spare.reply_fd: spare for spare in self.spares}
            left = deadline - time.monotonic() if wait else 0.0
            if wait and left <= 0:
                raise ZygoteLost("no warm child")
            readable = select.select([self.socket, *by_fd], [], [], left)[0]
            ready = [fd for fd in readable if fd in by_fd]
            if not ready:
                if not wait and not readable:
                    return None
                continue  # a control message (read on the next turn), or the wait goes on
            spare = by_fd[ready[0]]
            self.spares.remove(spare)
            if os.read(spare.reply_fd, 1) == wire.READY:
                return spare
            self.release(spare)  # it died (or broke) before its job: the zygote replaces it

    # ---------------------------------------------------------------------------------- one job
    def run(self, job: bytes, timeout: float, split: Split | None = None) -> tuple[Outcome, list[Spare]]:
        """Run one job on a warm child, or its parts on two warm children at once (``split``: the part
        jobs and how to merge their outcomes) when two are ready now; the caller releases the returned
        spares."""
        self._close_released()
        spare = None
        if split is not None:
            spares = self.take_ready_spares(len(split.jobs))
            if len(spares) == len(split.jobs):
                return self._run_parts(split, spares, timeout)
            for extra in spares[1:]:  # pragma: no cover - only when cut in three parts or more
                self.release(extra)
            spare = spares[0] if spares else None
        spare = spare or self.take_spare()
        started = time.monotonic()
        outcome, kept = self._exchange(spare, job, started, started + timeout)
        return outcome, kept

    def _run_parts(self, split: Split, spares: list[Spare], timeout: float) -> tuple[Outcome, list[Spare]]:
        started = time.monotonic()
        written: list[Spare | None] = []
        outcomes: list[Outcome | None] = []
        for spare, job in zip(spares, split.jobs):
            try:
                wire.write_all(spare.job_fd, job)  # every child starts before any reply is awaited
                written.append(spare)
                outcomes.append(None)
            except OSError:
                written.append(None)
                outcomes.append(self._no_reply(spare, started))
        kept = []
        for index, spare in enumerate(written):
            if spare is None:
                continue
            outcomes[index], still = self._exchange(spare, None, started, started + timeout)
            kept += still
        return split.merge(outcomes), kept

    def _exchange(
        self, spare: Spare, job: bytes | None, started: float, deadline: float
    ) -> tuple[Outcome, list[Spare]]:
        """Write ``job`` (unless already written) and read the reply by ``deadline``."""
        if job is not None:
            try:
                wire.write_all(spare.job_fd, job)
            except OSError:
                return self._no_reply(spare, started), []
        try:
            reply = self._read_reply(spare.reply_fd, deadline)
        except TimeoutError:
            return Outcome("timeout", detail="timeout", child_ms=_ms(started)), [spare]
        except EOFError:
            return self._no_reply(spare, started), []
        except wire.WireError as error:
            return Outcome("bad-reply", detail=str(error)[:300], child_ms=_ms(started)), [spare]
        return Outcome("result", reply, child_ms=_ms(started)), [spare]

    def _no_reply(self, spare: Spare, started: float) -> Outcome:
        ms = _ms(started)
        reason = self.release(spare, status=True)
        return Outcome("crashed", detail=reason, child_ms=ms)

    def _read_reply(self, fd: int, deadline: float) -> bytes:
        def read_some(wanted: int) -> bytes:
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([fd], [], [], left)[0]:
                raise TimeoutError
            return os.read(fd, max(1 << 16, wanted))

        return wire.read_frame(read_some, self.max_reply)

    def kill(self) -> None:
        self.alive = False
        if self.process.poll() is None:
            self.process.kill()
        try:
            self.process.wait(timeout=5)
        except subprocess.TimeoutExpired:  # pragma: no cover
            pass
        while self.spares:
            self.spares.popleft().close()
        self._close_released()
        for stream in (self.socket, self.log):
            try:
                stream.close()
            except OSError:
                pass


def _ms(started: float) -> float:
    return (time.monotonic() - started) * 1000


class Pool:
    """A fixed number of zygotes; ``run`` blocks until one is free."""

    def __init__(self, settings: Settings, inputs: Callable[[], list[bytes]] | None = None):
        self.settings = settings
        self.inputs = inputs  # case inputs for new zygotes to build ahead (see ``probe.prebuild``)
        self.mode = sandbox.choose_mode(settings.sandbox, settings.multi_user)
        if self.mode == "none":
            _warn_unsandboxed(chosen=settings.sandbox == "none")
        self.size = settings.pool_size or os.cpu_count() or 1
        self.idle: list[ZygoteProcess] = []  # free zygotes, longest free first
        self._free = threading.Condition()
        self.closed = False
        self.in_flight = 0  # callers inside run(): when every zygote has one, replacements skip the warm-up
        self.last_release = 0.0  # when children were last handed back (their replacements then warm up)
        self._lock = threading.Lock()
        # Tells the zygotes when a grading runs (see ``activity``); None where the platform has no memfd.
        self.activity = activity_page.ActivityPage.create()
        frames = self._inputs()
        self.zygotes = [
            ZygoteProcess(settings, self.mode, activity=self.activity, slot=slot, inputs=frames)
            for slot in range(self.size)
        ]
        self._wake_read, self._wake_write = os.pipe()  # wakes the collector when the free list changes
        os.set_blocking(self._wake_read, False)
        os.set_blocking(self._wake_write, False)
        self._collector = threading.Thread(target=self._collect, name="torchdojo-pool-collector", daemon=True)
        for zygote in self.zygotes:
            zygote.wait_ready()
            self._put_idle(zygote)
        self._collector.start()

    def _collect(self) -> None:
        """Receive the free zygotes' control messages (their replacement children) as they arrive, so that
        the next grading finds them already received instead of reading them first, on its critical path
        (~0.2 ms in the latency pass). A zygote is read here only while it is free, under ``_free``: a
        grading that takes it takes it from that list under the same lock."""
        broken: set[ZygoteProcess] = set()  # their socket failed: found out when a grading takes them
        while not self.closed:
            with self._free:
                watched = [zygote for zygote in self.idle if zygote not in broken]
            try:
                readable = select.select([self._wake_read, *(z.socket for z in watched)], [], [], 1.0)[0]
            except (OSError, ValueError):  # a socket closed meanwhile: look again in a moment
                time.sleep(0.01)
                continue
            if self._wake_read in readable:
                with contextlib.suppress(OSError):
                    os.read(self._wake_read, 4096)
            with self._free:
                for zygote in watched:
                    if zygote.socket in readable and zygote in self.idle:
                        try:
                            zygote._collect_control()
                        except Exception:  # noqa: BLE001 - a grading that takes it reads the same error
                            broken.add(zygote)

    def _wake_collector(self) -> None:
        with contextlib.suppress(OSError):  # full (it will wake anyway) or closed
            os.write(self._wake_write, b"w")

    def _inputs(self) -> list[bytes]:
        if self.inputs is None:
            return []
        try:
            return self.inputs()
        except Exception:  # noqa: BLE001 - inputs built ahead only save time: without them, children build
            return []

    def _put_idle(self, zygote: ZygoteProcess) -> None:
        with self._free:
            self.idle.append(zygote)
            self._free.notify()
        self._wake_collector()

    def _take_idle(self, parts: int) -> tuple[ZygoteProcess, bool]:
        """A free zygote (waiting for one if none is), and whether a grading cut in ``parts`` may run
        split on it.

        Of the free zygotes, the longest free with a warm child ready is taken: one whose children are
        still warming up (after a long grading, or a split that took both) would make the grading wait
        while another has a child ready; when none has, the grading takes the first whose child gets
        ready. A split takes ``parts`` ready children of one zygote, and only if another free zygote
        still has one ready: a split costs a whole extra child (its fork, warm-up and exit), and when long
        gradings come one after another, splitting each would leave the next nothing warm to run on."""
        with self._free:
            while not self.idle:
                if self.closed:
                    raise SandboxError("the grading pool was shut down")
                self._free.wait()
            if len(self.idle) == 1:
                return self.idle.pop(), parts > 1
            claimed, self.idle = self.idle, []  # ours alone while we look at (and wait for) their children
        try:
            deadline = time.monotonic() + SPARE_TIMEOUT
            while True:
                ready = []
                for zygote in claimed:
                    ready.append(zygote.ready_count(max(parts, 1)))
                    if parts <= 1 and ready[-1]:
                        break  # the longest free with a child ready
                if any(ready) or time.monotonic() >= deadline:
                    break
                _wait_for_any(claimed, deadline)
            chosen = next((index for index, count in enumerate(ready) if count), 0)
            may_split = False
            for index, count in enumerate(ready if parts > 1 else ()):
                if count >= parts and sum(ready) - count > 0:
                    chosen, may_split = index, True
                    break
            return claimed.pop(chosen), may_split
        finally:
            with self._free:
                self.idle[:0] = claimed  # the others go back, still the longest free
                self._free.notify_all()
            # The collector is not woken: it was watching these zygotes and still may. It reads one only
            # if it is free when its socket wakes it, and then watches only the free ones; waking it here
            # would have it take the GIL from this grading just as its job goes out (~0.1 ms at p50).

    def run(
        self,
        job: bytes,
        timeout: float | None = None,
        then: Callable[[Outcome], Any] | None = None,
        split: Callable[[], Split | None] | None = None,
    ) -> Any:
        """Run one job on a free zygote's warm child and return the outcome, or ``then(outcome)`` computed
        before the child is released. A zygote found dead is replaced and the job retried once elsewhere,
        so a zygote lost between gradings never costs the next learner their verdict. ``split`` makes the
        same work cut in parts; it is called only when the pool is quiet (see ``SPLIT_QUIET_S``), and the
        parts run only if one zygote has two warm children ready while another keeps one (``_take_idle``),
        so a long grading uses the cores an idle pool leaves free."""
        if self.closed:
            raise SandboxError("the grading pool was shut down")
        with self._lock:
            self.in_flight += 1
            self._tell_in_flight()
            quiet = self.in_flight == 1 and time.monotonic() - self.last_release >= SPLIT_QUIET_S
        try:
            return self._run(job, timeout, then, split() if quiet and split is not None else None)
        finally:
            with self._lock:
                self.in_flight -= 1
                self._tell_in_flight()

    def _tell_in_flight(self) -> None:
        if self.activity is not None and not self.closed:
            self.activity.in_flight(self.in_flight)

    def _run(
        self,
        job: bytes,
        timeout: float | None,
        then: Callable[[Outcome], Any] | None,
        split: Split | None,
    ) -> Any:
        outcome = Outcome("lost", detail="the grading process had stopped")
        for _attempt in range(2):
            zygote, may_split = self._take_idle(len(split.jobs) if split is not None else 1)
            if zygote.process.poll() is not None:
                self._retire(zygote)
                continue
            try:
                outcome, spares = zygote.run(
                    job, timeout or self.settings.timeout_s, split if may_split else None
                )
            except ZygoteLost:
                self._retire(zygote)
                outcome = Outcome("lost", detail="the grading process had stopped")
                continue
            except BaseException:
                self._retire(zygote)
                raise
            healthy = True
            try:
                return then(outcome) if then is not None else outcome
            finally:
                busy = self.in_flight >= self.size
                self.last_release = time.monotonic()
                for spare in spares:
                    try:
                        zygote.release(spare, busy=busy)
                    except ZygoteLost:
                        healthy = False
                if healthy and zygote.process.poll() is None:
                    self._put_idle(zygote)
                else:
                    self._retire(zygote)
        return then(outcome) if then is not None else outcome

    def _retire(self, zygote: ZygoteProcess) -> None:
        zygote.kill()
        self._replace(zygote)

    def _replace(self, dead: ZygoteProcess) -> None:
        with self._lock:
            if self.closed:
                return
            fresh = ZygoteProcess(
                self.settings, self.mode, activity=self.activity, slot=dead.slot, inputs=self._inputs()
            )
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
                self._put_idle(fresh)

        threading.Thread(target=wait_then_serve, daemon=True).start()

    def close(self) -> None:
        with self._lock:
            self.closed = True
        with self._free:
            self._free.notify_all()  # callers waiting for a free zygote learn that none will come
        self._wake_collector()
        if self._collector.is_alive():
            self._collector.join(timeout=5.0)
        if not self._collector.is_alive():
            read, write, self._wake_write = self._wake_read, self._wake_write, -1  # later wakes: EBADF
            for fd in (read, write):
                with contextlib.suppress(OSError):
                    os.close(fd)
        for zygote in self.zygotes:
            zygote.kill()
        if self.activity is not None:
            self.activity.close()


def _memory_file(data: bytes) -> int | None:
    """A file descriptor of an anonymous in-memory file holding ``data`` (read from the start), or None
    where the platform has no memfd."""
    try:
        fd = os.memfd_create("torchdojo-inputs", 0)
    except (AttributeError, OSError):
        return None
    try:
        wire.write_all(fd, data)
        os.lseek(fd, 0, os.SEEK_SET)
    except OSError:
        os.close(fd)
        return None
    return fd


def _wait_for_any(zygotes: list[ZygoteProcess], deadline: float) -> None:
    """Wait until one of these zygotes has something to say or a child of theirs gets ready (or until
    ``deadline``). Meanwhile the activity page says these zygotes are waited for, so their children's
    warm-ups do not pause for the grading that waits for them."""
    for zygote in zygotes:
        if zygote.activity is not None:
            zygote.activity.waiting(zygote.slot, True)
    try:
        fds = [zygote.socket for zygote in zygotes]
        fds += [spare.reply_fd for zygote in zygotes for spare in zygote.spares]
        select.select(fds, [], [], max(0.0, deadline - time.monotonic()))
    finally:
        for zygote in zygotes:
            if zygote.activity is not None:
                zygote.activity.waiting(zygote.slot, False)


def _warn_unsandboxed(chosen: bool = False) -> None:
    if chosen:
        why, fix = "the setting sandbox = 'none' turns bubblewrap off", "Remove that setting"
        if sandbox.bubblewrap_path() is None:
            fix += " and install bubblewrap (apt-get install bubblewrap)"
    else:
        why, fix = "bubblewrap is not installed", "Install it: apt-get install bubblewrap"
    banner = "!" * 78
    sys.stderr.write(
        f"{banner}\n! torchdojo: {why}, so learner code runs WITHOUT\n"
        f"! filesystem isolation (rlimits, seccomp and timeouts still apply). Fine for one learner\n"
        f"! on their own machine; never for a shared server. {fix}.\n{banner}\n"
    )


_shared: dict[tuple, Pool] = {}
_shared_lock = threading.Lock()


def shared_pool(settings: Settings, inputs: Callable[[], list[bytes]] | None = None) -> Pool:
    """One pool per process and configuration, started on first use (with ``inputs``, see ``Pool``),
    closed at exit."""
    key = (
        settings.sandbox,
        settings.multi_user,
        settings.pool_size,
        settings.prefork,
        settings.cpu_s,
        settings.memory_mb,
        settings.max_output_kb,
        settings.huge_code_pages,
        settings.prefault_children,
        str(settings.course),
        str(settings.home),
    )
    with _shared_lock:
        if key not in _shared:
            _shared[key] = Pool(settings, inputs)
            atexit.register(_shared[key].close)
        return _shared[key]


def bwrap_hidden_paths(settings: Settings) -> list[Path]:
    """What learner code must never see: the bundled course, the configured course, TORCHDOJO_HOME."""
    return [PACKAGE_DIR / "courses", settings.course, settings.home]
