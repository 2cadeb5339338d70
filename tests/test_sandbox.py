"""The sandbox's building blocks: mode choice, the bubblewrap command line, seccomp, rlimits."""

from __future__ import annotations

import os
import struct
import time

import pytest
from processes import in_child, pool_reading

from torchdojo.errors import SandboxError
from torchdojo.grader import sandbox
from torchdojo.settings import PACKAGE_DIR


@pytest.mark.parametrize(
    "requested, multi_user, installed, expected",
    [
        ("auto", False, True, "bwrap"),
        ("auto", False, False, "none"),
        ("none", False, True, "none"),
        ("bwrap", False, True, "bwrap"),
        ("bwrap", False, False, SandboxError),
        ("auto", True, False, SandboxError),
        ("none", True, True, SandboxError),
    ],
)
def test_choose_mode(monkeypatch, requested, multi_user, installed, expected):
    monkeypatch.setattr(sandbox, "bubblewrap_path", lambda: "/usr/bin/bwrap" if installed else None)
    if expected is SandboxError:
        with pytest.raises(SandboxError, match="bubblewrap"):
            sandbox.choose_mode(requested, multi_user)
    else:
        assert sandbox.choose_mode(requested, multi_user) == expected


def test_bubblewrap_command_masks_course_and_home(tmp_path):
    command = sandbox.bubblewrap_command(["-c", "pass"], [PACKAGE_DIR / "courses"])
    assert command[:4] == [
        sandbox.bubblewrap_path() or "bwrap",
        "--unshare-all",
        "--die-with-parent",
        "--new-session",
    ]
    masked = [command[i + 1] for i, part in enumerate(command) if part == "--tmpfs"]
    assert str((PACKAGE_DIR / "courses").resolve()) in masked
    assert "--bind" not in command  # everything from the host is read-only


def test_seccomp_program_is_well_formed():
    program = sandbox.seccomp_program("x86_64", os.getpid())
    assert all(len(instruction) == 8 for instruction in program)
    assert struct.unpack("<HBBI", program[-1]) == (0x06, 0, 0, 0x7FFF0000)  # default: allow
    assert struct.unpack("<HBBI", program[2])[3] == 0x80000000  # wrong architecture: kill


def _outcomes(*attempts) -> list[str]:
    """ "allowed" or "refused" (an OSError) for each call, in order."""
    results = []
    for attempt in attempts:
        try:
            attempt()
            results.append("allowed")
        except OSError:
            results.append("refused")
    return results


def test_seccomp_refuses_fork_exec_foreign_signals_and_sockets():
    def confined():
        sandbox.install_seccomp()
        results = _outcomes(
            os.fork,
            lambda: os.kill(os.getppid(), 0),
            lambda: os.execv("/bin/true", ["true"]),
            lambda: __import__("socket").socket(),
        )
        import threading

        thread = threading.Thread(target=lambda: None)
        thread.start()
        thread.join()
        return results + ["thread-ok"]

    _, said = in_child(confined)
    assert said == {"value": ["refused", "refused", "refused", "refused", "thread-ok"]}


def test_rlimits_cap_memory_growth():
    def limited():
        sandbox.apply_rlimits(cpu_seconds=5, memory_mb=64)
        try:
            bytearray(256 * 1024 * 1024)
        except MemoryError:
            return "refused"
        return "allocated"

    assert in_child(limited)[1] == {"value": "refused"}


def test_a_package_under_tmp_stays_visible_inside_the_sandbox(monkeypatch, tmp_path):
    """CI may clone the project under /tmp: the private /tmp must be mounted before the read-only binds."""
    monkeypatch.setattr(sandbox, "_mounted_roots", lambda: [tmp_path])
    command = sandbox.bubblewrap_command(["-c", "pass"], [])
    assert command.index("/tmp") < command.index(str(tmp_path))


def test_a_child_reads_a_job_of_many_pipefuls_whole_and_stops_at_a_closed_pipe():
    import threading

    import torch

    from torchdojo.grader import wire, zygote
    from torchdojo.grader.probe import encode_argument

    blobs: list[bytes] = []
    big = torch.arange(3 * 2**18, dtype=torch.float32)  # 3 MB: several pipe-fuls at the default pipe size
    message = wire.frame({"entry": "f", "cases": [{"args": [["x", encode_argument(big, blobs)]]}]}, blobs)
    read_end, write_end = os.pipe()
    writer = threading.Thread(target=lambda: (wire.write_all(write_end, message), os.close(write_end)))
    writer.start()
    try:
        received = zygote._read_job(read_end)
        writer.join()
        assert received == message
        header, parsed = wire.parse(received)
        assert torch.equal(wire.tensor_from(header["cases"][0]["args"][0][1], parsed), big)
        with pytest.raises(EOFError):
            zygote._read_job(read_end)  # the writer closed its end: nothing more will come
    finally:
        os.close(read_end)


def test_a_confined_child_may_signal_itself_but_nothing_else_and_the_zygote_template_is_untouched():
    confinement = sandbox.Confinement(cpu_seconds=5, memory_mb=256)
    template = bytes(confinement._filter)

    def confined():
        confinement.apply()
        results = _outcomes(
            lambda: os.kill(os.getpid(), 0),  # its own pid was written into its copy of the filter
            lambda: os.kill(os.getppid(), 0),
            os.fork,
        )
        return results + [os.path.basename(os.getcwd())]

    pid, said = in_child(confined)
    sandbox.remove_workdir(pid)
    assert said == {"value": ["allowed", "refused", "refused", f"torchdojo-submission-{pid}"]}
    assert bytes(confinement._filter) == template  # patched in the child's copy only
    assert confinement.program_for(pid) != template and len(confinement.pid_offsets) == 3


def test_the_unsandboxed_warning_says_why_the_sandbox_is_off(capsys, monkeypatch):
    from torchdojo.grader import pool

    pool._warn_unsandboxed(chosen=True)
    chosen = capsys.readouterr().err
    monkeypatch.setattr(sandbox, "bubblewrap_path", lambda: None)
    pool._warn_unsandboxed(chosen=False)
    missing = capsys.readouterr().err
    assert "sandbox = 'none'" in chosen and "Remove that setting" in chosen
    assert "not installed" not in chosen
    assert "bubblewrap is not installed" in missing and "apt-get install bubblewrap" in missing
    assert "WITHOUT" in chosen and "WITHOUT" in missing


@pytest.mark.parametrize("writes", [False, True])
def test_a_child_s_working_directory_is_removed_after_its_grading(tmp_path, writes):
    """Empty (the usual case) or full of the learner's files: gone once the child is released."""
    from torchdojo.grader.service import Grader

    source = (
        "import os\n"
        "def pairwise_distances(a, b):\n"
        "    print(os.getcwd())\n"
        + (
            "    os.makedirs('out/deeper', exist_ok=True)\n    open('out/deeper/x.txt', 'w').write('x')\n"
            if writes
            else ""
        )
        + "    return a\n"
    )

    def read(pool):
        result = Grader(pool.settings, pool).grade("tensors/pairwise-distances", source)
        workdir = result.stdout.splitlines()[0]
        deadline = time.monotonic() + 10
        while os.path.exists(workdir) and time.monotonic() < deadline:
            time.sleep(0.02)
        return workdir, os.path.exists(workdir)

    workdir, still_there = pool_reading(tmp_path, read)
    assert "torchdojo-submission-" in workdir and not still_there
