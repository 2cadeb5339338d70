"""Huge pages for the zygote: counting used pages, and torch still right after its code has moved."""

from __future__ import annotations

import ctypes
import json
import mmap
import subprocess
import sys
from pathlib import Path

import pytest
from processes import pool_reading

from torchdojo.grader import hugepages

THP = Path("/sys/kernel/mm/transparent_hugepage/enabled")
THP_USABLE = THP.is_file() and "[never]" not in THP.read_text()


@pytest.mark.skipif(not Path("/proc/self/pagemap").exists(), reason="needs Linux /proc")
def test_pages_in_use_counts_the_pages_written_in_each_2mb_stretch():
    area = mmap.mmap(-1, 3 * hugepages.HUGE)
    base = ctypes.addressof(ctypes.c_char.from_buffer(area))
    start = (base + hugepages.HUGE - 1) & ~(hugepages.HUGE - 1)
    offset = start - base
    for page in (0, 7, 300):  # three pages of the first stretch, one of the second
        area[offset + page * 4096] = 1
    area[offset + hugepages.HUGE + 5 * 4096] = 1
    assert hugepages.pages_in_use(start, start + 2 * hugepages.HUGE) == [3, 1]


SCRIPT = r"""
import json, os, sys
import torch
from torchdojo.grader import hugepages

torch.set_num_threads(1)  # as in the zygote: a forked child cannot use its parent's thread pool
torch.manual_seed(0)
a, b = torch.randn(64, 32), torch.randn(32, 16)
model = torch.nn.Sequential(torch.nn.Linear(32, 8), torch.nn.ReLU(), torch.nn.Linear(8, 1))
def work():
    loss = model(a).pow(2).mean()
    model.zero_grad()
    loss.backward()
    return [(a @ b).sum().item(), torch.cdist(a, a).mean().item(), loss.item(), model[0].weight.grad.sum().item()]
before = work()
code = [(s, e, p) for s, e, p, path in hugepages._regions() if path.endswith("libtorch_cpu.so") and p == "r-xp"]
moved = hugepages.move_code_to_huge_pages()
anonymous = [(s, e) for s, e, p, path in hugepages._regions() if p == "r-xp" and path == ""]
try:
    torch.ones(2) @ torch.ones(3)  # a C++ exception, unwound through moved code
    error = None
except RuntimeError as caught:
    error = str(caught)
pid = os.fork()
if pid == 0:
    os._exit(0 if work() == before else 3)
_, status = os.waitpid(pid, 0)
print(json.dumps({
    "moved": moved, "same": work() == before, "child": os.waitstatus_to_exitcode(status), "error": error,
    "anonymous_code_mb": sum(e - s for s, e in anonymous) >> 20,
    "torch_code_mb": sum(e - s for s, e, _ in code) >> 20,
}))
"""


@pytest.mark.skipif(not THP_USABLE, reason="transparent huge pages are off on this machine")
def test_torch_runs_the_same_after_its_code_moved_to_huge_pages():
    done = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert result["moved"] > 0
    assert result["anonymous_code_mb"] >= 2 * result["moved"]  # the moved code is anonymous memory now
    assert result["torch_code_mb"] > 100
    assert result["same"] and result["child"] == 0  # same numbers here and in a forked child
    assert "inconsistent tensor size" in (result["error"] or "")


def test_nothing_moves_when_no_stretch_is_used_enough():
    script = "from torchdojo.grader import hugepages; print(hugepages.move_code_to_huge_pages(513))"
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "0"


class FakeLibc:
    """Real memory from ``mmap`` (so the copy happens), scripted answers for the calls that could fail."""

    def __init__(self, collapse: int = 0, remap_ok: bool = True):
        self.collapse, self.remap_ok = collapse, remap_ok
        self.buffers, self.calls = [], []

    def mmap(self, address, length, protection, flags, fd, offset):
        buffer = ctypes.create_string_buffer(length)
        self.buffers.append(buffer)
        return ctypes.addressof(buffer)

    def munmap(self, address, length):
        self.calls.append(("munmap", address, length))
        return 0

    def madvise(self, address, length, advice):
        self.calls.append(("madvise", advice))
        return self.collapse if advice == 25 else 0

    def mprotect(self, address, length, protection):
        self.calls.append(("mprotect", protection))
        return 0

    def mremap(self, old, old_length, new_length, flags, new):
        self.calls.append(("mremap", old, new))
        return new if self.remap_ok else -1


def source_code():
    area = ctypes.create_string_buffer(b"code" * (hugepages.HUGE // 4))
    return area, ctypes.addressof(area)


def test_code_moves_only_when_its_copy_is_in_huge_pages():
    area, start = source_code()
    fine = FakeLibc()
    assert hugepages._move(fine, start, hugepages.HUGE)
    copy = next(call[1] for call in fine.calls if call[0] == "mremap")
    assert copy % hugepages.HUGE == 0 and ctypes.string_at(copy, 8) == b"codecode"
    assert ("mprotect", 5) in fine.calls  # read + execute, never writable

    refused = FakeLibc(collapse=-1)  # huge pages unavailable: a 4 kB copy would slow every fork
    assert not hugepages._move(refused, start, hugepages.HUGE)
    assert not any(call[0] in ("mremap", "mprotect") for call in refused.calls)
    assert refused.calls[-1][0] == "munmap"  # the copy is given back


def test_a_failed_mremap_gives_the_copy_back():
    area, start = source_code()
    failing = FakeLibc(remap_ok=False)
    assert not hugepages._move(failing, start, hugepages.HUGE)
    copy = next(call[1] for call in failing.calls if call[0] == "mremap")
    assert failing.calls[-1] == ("munmap", copy, hugepages.HUGE)


def _anonymous_code_regions(pid: int) -> int:
    with open(f"/proc/{pid}/maps") as maps:
        return sum(1 for line in maps if " r-xp " in line and len(line.split()) == 5)


@pytest.mark.skipif(not THP_USABLE, reason="transparent huge pages are off on this machine")
def test_the_huge_code_pages_setting_reaches_the_zygotes(tmp_path):
    counts = {
        enabled: pool_reading(
            tmp_path,
            lambda pool: _anonymous_code_regions(pool.zygotes[0].process.pid),
            huge_code_pages=enabled,
        )
        for enabled in (True, False)
    }
    assert counts[True] > 0 and counts[False] == 0
