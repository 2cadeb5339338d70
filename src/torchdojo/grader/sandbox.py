"""The sandbox: what confines learner code, and what it does not.

Two layers. The *zygote* (a warm interpreter with torch imported) runs inside bubblewrap: new user, PID, IPC,
UTS, cgroup and network namespaces (``--unshare-all``), killed with its parent (``--die-with-parent``), the
interpreter and site-packages mounted read-only, a private tmpfs at /tmp, and the course folder and
TORCHDOJO_HOME (progress database, settings) hidden under empty tmpfs mounts. Each *child* forked from a
zygote then confines itself before it ever sees learner code: rlimits (CPU seconds, address space, file
size, processes, open files, no core dumps), a fresh temp working directory, a scrubbed environment, stdio on
/dev/null, death with the zygote, and a seccomp filter that refuses fork/exec, signals to any process but
itself, ptrace, namespace and mount calls, and network sockets. The parent enforces the wall-clock timeout
with SIGKILL, and only plain data (``wire``) ever comes back.

What it does NOT protect against: kernel exploits and side channels; denial of service through the shared
page cache or CPU contention with other tenants; reading files that are world-readable inside the mounts
(the interpreter, site-packages, /usr) — so nothing secret may live there; and, without bubblewrap, the
filesystem: the course folder and the database are then readable by learner code (single-user mode warns
loudly; multi-user mode refuses to start).
"""

from __future__ import annotations

import ctypes
import os
import resource
import shutil
import struct
import sys
import tempfile
from pathlib import Path

from torchdojo.errors import SandboxError

MIB = 1024 * 1024


# ------------------------------------------------------------------------------------------- bubblewrap
def bubblewrap_path() -> str | None:
    return shutil.which("bwrap")


def choose_mode(requested: str, multi_user: bool) -> str:
    """Return "bwrap" or "none" for a requested mode, refusing unsafe combinations."""
    available = bubblewrap_path() is not None
    if requested == "bwrap" and not available:
        raise SandboxError(
            "sandbox='bwrap' but bubblewrap is not installed — install it (apt-get install bubblewrap)"
        )
    if requested == "none" and multi_user:
        raise SandboxError(
            "multi-user mode refuses to grade without bubblewrap — set sandbox='bwrap' and install it"
        )
    if requested == "auto" and not available:
        if multi_user:
            raise SandboxError(
                "multi-user mode needs bubblewrap to isolate learners — apt-get install bubblewrap"
            )
        return "none"
    return "bwrap" if requested in ("auto", "bwrap") else "none"


def _mounted_roots() -> list[Path]:
    """What the zygote imports from, read-only: the interpreter, its site-packages and torchdojo's own code.

    Deliberately not every ``sys.path`` entry: a script's folder (say /tmp) or a test directory has no
    business inside the sandbox, and binding /tmp would undo the sandbox's private /tmp.
    """
    import site

    from torchdojo.settings import PACKAGE_DIR

    candidates = {
        Path(sys.base_prefix),
        Path(sys.prefix),
        Path(sys.executable).resolve().parent.parent,
        PACKAGE_DIR.parent,
    }
    candidates.update(Path(entry) for entry in site.getsitepackages() + [site.getusersitepackages()])
    candidates.update(Path(entry) for entry in sys.path if entry.endswith(("site-packages", "dist-packages")))
    roots = {root.resolve() for root in candidates if root.is_dir()}
    roots -= {Path("/"), Path("/tmp"), Path(tempfile.gettempdir()).resolve(), Path.home().resolve()}
    return sorted(
        root for root in roots if not any(other != root and other in root.parents for other in roots)
    )


def bubblewrap_command(python_args: list[str], hidden: list[Path]) -> list[str]:
    """The bwrap command line that starts a zygote with ``hidden`` paths masked by empty tmpfs mounts."""
    command = [bubblewrap_path() or "bwrap", "--unshare-all", "--die-with-parent", "--new-session"]
    for system_dir in ("/usr", "/etc/ld.so.cache", "/etc/alternatives"):
        if os.path.exists(system_dir):
            command += ["--ro-bind", system_dir, system_dir]
    for name in ("bin", "lib", "lib64", "lib32", "sbin"):
        link = Path("/") / name
        if link.is_symlink():
            command += ["--symlink", os.readlink(link), str(link)]
        elif link.is_dir():
            command += ["--ro-bind", str(link), str(link)]
    command += [
        "--proc",
        "/proc",
        "--dev",
        "/dev",
        "--tmpfs",
        "/tmp",
    ]  # first: a checkout under /tmp binds on top
    for root in _mounted_roots():
        if not str(root).startswith("/usr/"):
            command += ["--ro-bind", str(root), str(root)]
    # every copy of the bundled course that a mounted root holds (an editable install beside a site-packages one)
    hidden = [*hidden, *(root / "torchdojo" / "courses" for root in _mounted_roots())]
    for resolved in dict.fromkeys(Path(path).resolve() for path in hidden):
        if resolved.exists() and any(
            root == resolved or root in resolved.parents for root in _mounted_roots()
        ):
            command += ["--tmpfs", str(resolved)]
    command += ["--chdir", "/tmp", "--", sys.executable, *python_args]
    return command


def scrubbed_environment() -> dict[str, str]:
    """The only variables a zygote starts with."""
    return {
        "PATH": "/usr/bin:/bin",
        "LANG": "C.UTF-8",
        "HOME": "/tmp",
        "PYTHONDONTWRITEBYTECODE": "1",
        "OMP_NUM_THREADS": "1",
        "MKL_NUM_THREADS": "1",
    }


# ---------------------------------------------------------------------------------------- child limits
def apply_rlimits(cpu_seconds: int, memory_mb: int, file_mb: int = 16, open_files: int = 64) -> None:
    """Limit the calling process. The address-space limit is *added* to what the warm interpreter uses."""
    statm = os.open("/proc/self/statm", os.O_RDONLY)  # a raw read: a fresh child touches less memory
    try:
        used = int(os.read(statm, 200).split()[0]) * os.sysconf("SC_PAGE_SIZE")
    finally:
        os.close(statm)
    limits = {
        resource.RLIMIT_CPU: (cpu_seconds, cpu_seconds + 1),
        resource.RLIMIT_AS: (used + memory_mb * MIB, used + memory_mb * MIB),
        resource.RLIMIT_FSIZE: (file_mb * MIB, file_mb * MIB),
        resource.RLIMIT_NOFILE: (open_files, open_files),
        resource.RLIMIT_CORE: (0, 0),
        resource.RLIMIT_NPROC: (1, 1) if os.getuid() != 0 else None,  # root ignores NPROC: seccomp covers it
    }
    for kind, value in limits.items():
        if value is not None:
            resource.setrlimit(kind, value)


def sandbox_workdir(pid: int) -> str:
    return os.path.join(tempfile.gettempdir(), f"torchdojo-submission-{pid}")


def remove_workdir(pid: int) -> None:
    """Remove a finished child's working directory: one system call when it is empty, as it usually is
    (``shutil.rmtree`` costs the zygote ~0.1 ms of Python, and copy-on-write faults, per child)."""
    path = sandbox_workdir(pid)
    try:
        os.rmdir(path)
    except FileNotFoundError:
        pass
    except OSError:  # not empty: the learner's code wrote files
        shutil.rmtree(path, ignore_errors=True)


def fresh_workdir() -> str:
    """An empty private directory as the working directory; the zygote removes it after the child."""
    workdir = sandbox_workdir(os.getpid())
    try:
        os.mkdir(workdir, 0o700)
    except FileExistsError:  # left by an earlier process with this pid
        shutil.rmtree(workdir, ignore_errors=True)
        os.mkdir(workdir, 0o700)
    os.chdir(workdir)
    return workdir


def scrub_environment() -> None:
    os.environ.clear()
    os.environ.update(scrubbed_environment())


# ---------------------------------------------------------------------------------------------- seccomp
# System call numbers for the calls the filter refuses, per architecture.
_X86_64 = {
    "fork": 57, "vfork": 58, "clone": 56, "clone3": 435, "execve": 59, "execveat": 322,
    "kill": 62, "tkill": 200, "tgkill": 234, "rt_sigqueueinfo": 129, "rt_tgsigqueueinfo": 297,
    "pidfd_send_signal": 424, "pidfd_open": 434, "ptrace": 101, "process_vm_readv": 310,
    "process_vm_writev": 311, "unshare": 272, "setns": 308, "mount": 165, "umount2": 166,
    "socket": 41, "bpf": 321, "perf_event_open": 298, "userfaultfd": 323, "io_uring_setup": 425,
    "keyctl": 250, "add_key": 248, "request_key": 249, "setsid": 112, "setpgid": 109,
}  # fmt: skip
_AARCH64 = {
    "clone": 220, "clone3": 435, "execve": 221, "execveat": 281, "kill": 129, "tkill": 130, "tgkill": 131,
    "rt_sigqueueinfo": 138, "rt_tgsigqueueinfo": 240, "pidfd_send_signal": 424, "pidfd_open": 434,
    "ptrace": 117, "process_vm_readv": 270, "process_vm_writev": 271, "unshare": 97, "setns": 268,
    "mount": 40, "umount2": 39, "socket": 198, "bpf": 280, "perf_event_open": 241, "userfaultfd": 282,
    "io_uring_setup": 425, "keyctl": 219, "add_key": 217, "request_key": 218, "setsid": 157, "setpgid": 154,
}  # fmt: skip
_ARCHES = {"x86_64": (0xC000003E, _X86_64), "aarch64": (0xC00000B7, _AARCH64)}

_LD_W_ABS, _JEQ_K, _JSET_K, _RET_K = 0x20, 0x15, 0x45, 0x06
_ALLOW, _KILL = 0x7FFF0000, 0x80000000
CLONE_THREAD, AF_UNIX = 0x00010000, 1


def _errno(number: int) -> int:
    return 0x00050000 | number  # SECCOMP_RET_ERRNO


def _instruction(code: int, k: int, true_jump: int = 0, false_jump: int = 0) -> bytes:
    return struct.pack("<HBBI", code, true_jump, false_jump, k & 0xFFFFFFFF)


def seccomp_program(machine: str, own_pid: int) -> list[bytes]:
    """BPF instructions: refuse process creation, exec, foreign signals, tracing, namespaces and sockets."""
    arch, numbers = _ARCHES[machine]
    EPERM, EACCES, ENOSYS = 1, 13, 38
    program = [_instruction(_LD_W_ABS, 4), _instruction(_JEQ_K, arch, 1, 0), _instruction(_RET_K, _KILL)]
    program.append(_instruction(_LD_W_ABS, 0))  # the syscall number

    def refuse(name: str, errno: int) -> None:
        if name in numbers:
            program.extend([_instruction(_JEQ_K, numbers[name], 0, 1), _instruction(_RET_K, _errno(errno))])

    def allow_if_first_argument(name: str, test: int, value: int, errno: int) -> None:
        # if nr == name: load args[0] (low word); allow when the test holds, else refuse; reload nr after.
        program.extend([
            _instruction(_JEQ_K, numbers[name], 0, 4),
            _instruction(_LD_W_ABS, 16),
            _instruction(test, value, 0, 1),
            _instruction(_RET_K, _ALLOW),
            _instruction(_RET_K, _errno(errno)),
        ])  # fmt: skip

    allow_if_first_argument("clone", _JSET_K, CLONE_THREAD, EPERM)  # threads yes, processes no
    allow_if_first_argument("kill", _JEQ_K, own_pid, EPERM)
    allow_if_first_argument("tgkill", _JEQ_K, own_pid, EPERM)
    allow_if_first_argument("tkill", _JEQ_K, own_pid, EPERM)
    allow_if_first_argument("socket", _JEQ_K, AF_UNIX, EACCES)
    refuse("clone3", ENOSYS)  # glibc falls back to clone(), which is filtered above
    for name in ("fork", "vfork", "execve", "execveat", "rt_sigqueueinfo", "rt_tgsigqueueinfo", "pidfd_send_signal",
                 "pidfd_open", "ptrace", "process_vm_readv", "process_vm_writev", "unshare", "setns", "mount",
                 "umount2", "bpf", "perf_event_open", "userfaultfd", "io_uring_setup", "keyctl", "add_key",
                 "request_key", "setsid", "setpgid"):  # fmt: skip
        refuse(name, EPERM)
    program.append(_instruction(_RET_K, _ALLOW))
    return program


class _SockFprog(ctypes.Structure):
    """``struct sock_fprog``: the filter's length and address. Defined once: a class is costly to build."""

    _fields_ = [("len", ctypes.c_ushort), ("filter", ctypes.c_void_p)]


def install_seccomp(program: bytes | None = None, libc: ctypes.CDLL | None = None) -> bool:
    """Install the filter on the calling process; False where the architecture is unknown."""
    if program is None:
        machine = os.uname().machine
        if machine not in _ARCHES:
            return False
        program = b"".join(seccomp_program(machine, os.getpid()))
    buffer, fprog = _filter_buffer(program)  # buffer: alive until the kernel has copied the filter
    _load_filter(fprog, libc or ctypes.CDLL(None, use_errno=True))
    return True


def _filter_buffer(program: bytes) -> tuple[ctypes.Array, _SockFprog]:
    """The filter in memory the kernel can read, and the ``sock_fprog`` pointing at it (keep both alive)."""
    buffer = ctypes.create_string_buffer(program, len(program))
    return buffer, _SockFprog(len(program) // 8, ctypes.addressof(buffer))


def _load_filter(fprog: _SockFprog, libc: ctypes.CDLL) -> None:
    if libc.prctl(38, 1, 0, 0, 0) != 0:  # PR_SET_NO_NEW_PRIVS
        raise OSError(ctypes.get_errno(), "prctl(PR_SET_NO_NEW_PRIVS) failed")
    if libc.prctl(22, 2, ctypes.byref(fprog), 0, 0) != 0:  # PR_SET_SECCOMP, SECCOMP_MODE_FILTER
        raise OSError(ctypes.get_errno(), "prctl(PR_SET_SECCOMP) failed")


_PID_PLACEHOLDER = 0x7EADBEEF  # above any pid (pid_max ≤ 2**22) and unlike every other constant in the filter


class Confinement:
    """A child's confinement, prepared once in the zygote so that each child only makes the system calls.

    Building the seccomp filter and loading libc in every child would cost about a millisecond of Python
    and a few hundred copy-on-write faults each; the zygote builds the filter once, in the memory the
    kernel will read it from, with a placeholder pid, and a child writes its own pid over it.
    """

    def __init__(self, cpu_seconds: int, memory_mb: int, seccomp: bool = True):
        self.cpu_seconds, self.memory_mb = cpu_seconds, memory_mb
        self.libc = ctypes.CDLL(None, use_errno=True)
        machine = os.uname().machine
        self.template: bytes | None = None
        self.pid_offsets: list[int] = []
        if seccomp and machine in _ARCHES:
            self.template = b"".join(seccomp_program(machine, _PID_PLACEHOLDER))
            marker = struct.pack("<I", _PID_PLACEHOLDER)
            self.pid_offsets = [
                offset
                for offset in range(4, len(self.template), 8)
                if self.template[offset : offset + 4] == marker
            ]
            self._filter, self._fprog = _filter_buffer(self.template)

    def program_for(self, pid: int) -> bytes:
        program = bytearray(self.template or b"")
        self._write_pid(program, pid)
        return bytes(program)

    def _write_pid(self, program: bytearray | ctypes.Array, pid: int) -> None:
        packed = struct.pack("<I", pid)
        for offset in self.pid_offsets:
            program[offset : offset + 4] = packed

    def apply(self) -> None:
        """Confine the calling (freshly forked) process. The environment was scrubbed in the zygote."""
        self.libc.prctl(1, 9, 0, 0, 0)  # PR_SET_PDEATHSIG, SIGKILL: die with the zygote
        fresh_workdir()
        apply_rlimits(self.cpu_seconds, self.memory_mb)
        if self.template is not None:
            self._write_pid(self._filter, os.getpid())  # this child's private copy of the zygote's buffer
            _load_filter(self._fprog, self.libc)
