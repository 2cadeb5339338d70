"""Prefaulting children: the survey finds the pages a warm-up writes, and a child copies exactly those."""

from __future__ import annotations

import ctypes
import mmap
import os
import platform
from pathlib import Path

import pytest
from processes import in_child, pool_reading

from torchdojo.grader import prefault

PAGE = 4096
pytestmark = pytest.mark.skipif(
    not Path("/proc/self/pagemap").exists() or tuple(map(int, platform.release().split(".")[:2])) < (5, 14),
    reason="needs Linux ≥ 5.14 (/proc/self/pagemap, MADV_POPULATE_WRITE)",
)


@pytest.fixture
def area():
    """16 private pages, every one written here: after a fork, parent and child share them."""
    region = mmap.mmap(-1, 16 * PAGE, flags=mmap.MAP_PRIVATE | mmap.MAP_ANONYMOUS)
    for page in range(16):
        region[page * PAGE] = 1
    base = ctypes.addressof(ctypes.c_char.from_buffer(region))
    yield region, base
    region.close()


def pages_of(runs, base: int) -> set[int]:
    """Which of the area's 16 pages ``runs`` cover."""
    return {
        (address - base) // PAGE
        for start, length in runs
        for address in range(start, start + length, PAGE)
        if base <= address < base + 16 * PAGE
    }


def test_the_survey_reports_the_inherited_pages_the_warm_up_wrote(area):
    region, base = area

    def warm_up():
        for page in (2, 3, 9):
            region[page * PAGE + 5] = 7

    runs = prefault.survey(warm_up)
    assert pages_of(runs, base) == {2, 3, 9}
    assert region[2 * PAGE + 5] == 0  # the warm-up ran in the survey's child, not here


def test_the_survey_ignores_what_the_warm_up_mapped_for_itself(area):
    _, base = area
    made = []

    def warm_up():
        extra = mmap.mmap(-1, 4 * PAGE, flags=mmap.MAP_PRIVATE | mmap.MAP_ANONYMOUS)
        extra[0] = 1
        made.append(extra)

    runs = prefault.survey(warm_up)
    assert runs and not pages_of(runs, base)
    regions = prefault.writable_regions()  # here, where the new mapping does not exist
    assert all(any(start <= s and s + n <= end for start, end in regions) for s, n in runs)


def test_a_failing_warm_up_gives_no_pages():
    def warm_up():
        raise RuntimeError("broken warm-up")

    assert prefault.survey(warm_up) == []


def test_a_child_copies_exactly_the_surveyed_pages(area):
    region, base = area
    runs = [(base + 4 * PAGE, 2 * PAGE), (base + 11 * PAGE, PAGE)]
    _, owned = in_child(lambda: prefault.own_pages([(base, base + 16 * PAGE)]))
    assert owned == {"value": []}  # a fresh child owns none of the area's pages

    def copy_then_look():
        refused = prefault.Prefault(runs).apply()
        return [sorted(pages_of(prefault.own_pages([(base, base + 16 * PAGE)]), base)), refused]

    assert in_child(copy_then_look)[1] == {"value": [[4, 5, 11], 0]}
    assert [region[page * PAGE] for page in (4, 5, 11)] == [1, 1, 1]  # copies, the contents unchanged


def test_a_run_the_kernel_refuses_is_counted_and_the_rest_still_copied(area):
    region, base = area
    gone = mmap.mmap(-1, 2 * PAGE, flags=mmap.MAP_PRIVATE | mmap.MAP_ANONYMOUS)
    gone_at = ctypes.addressof(ctypes.c_char.from_buffer(gone))
    gone.close()  # unmapped: populating it must fail, not crash
    runs = [(base + PAGE, PAGE), (gone_at, 2 * PAGE), (base + 6 * PAGE, PAGE)]

    def copy_then_look():
        refused = prefault.Prefault(runs).apply()
        return [sorted(pages_of(prefault.own_pages([(base, base + 16 * PAGE)]), base)), refused]

    assert in_child(copy_then_look)[1] == {"value": [[1, 6], 1]}


class RefusingLibc:
    def madvise(self, start, length, advice):
        return -1


def test_a_kernel_without_populate_write_leaves_the_warm_up_in_place(area):
    _, base = area
    assert not prefault.Prefault([(base, PAGE)], libc=RefusingLibc()).usable
    assert not prefault.Prefault([]).usable
    assert prefault.Prefault([(base, PAGE)]).usable


@pytest.mark.parametrize("sandbox", ["none", "bwrap"])
def test_zygotes_survey_their_warm_up_and_say_so(tmp_path, sandbox):
    from torchdojo.grader import sandbox as sandboxes
    from torchdojo.grader.service import Grader

    if sandbox == "bwrap" and sandboxes.bubblewrap_path() is None:
        pytest.fail("bubblewrap is part of the test environment: apt-get install bubblewrap")

    def pages_then_grades(pool):
        grader = Grader(pool.settings, pool)
        exercise = grader.prepare("tensors/pairwise-distances").exercise
        statuses = [grader.grade(exercise.id, exercise.solution).status.value for _ in range(3)]
        return pool.zygotes[0].prefault_pages, statuses

    pages, statuses = pool_reading(tmp_path, pages_then_grades, sandbox=sandbox)
    assert pages > 500  # the warm-up writes thousands of pages
    assert statuses == ["passed"] * 3  # children warmed by copies grade as before


def test_a_survey_that_cannot_fork_gives_no_pages_and_leaks_nothing(monkeypatch):
    def refuse():
        raise BlockingIOError("fork refused")

    before = len(os.listdir("/proc/self/fd"))
    monkeypatch.setattr(prefault.os, "fork", refuse)
    assert prefault.survey(lambda: None) == []
    assert len(os.listdir("/proc/self/fd")) == before


def test_the_prefault_children_setting_reaches_the_zygotes(tmp_path):
    pages = {
        enabled: pool_reading(
            tmp_path, lambda pool: pool.zygotes[0].prefault_pages, prefault_children=enabled
        )
        for enabled in (True, False)
    }
    assert pages[True] > 0 and pages[False] == 0


def test_apply_pauses_before_the_first_run_and_every_few_runs_after(area):
    """``between`` (the child's wait for gradings) comes before any copy, then after every ``every``."""
    _, base = area
    runs = [(base + page * PAGE, PAGE) for page in range(7)]
    copied = prefault.Prefault(runs)
    seen: list[int] = []
    original = copied._populate

    def populate(start, length):
        seen.append((start - base) // PAGE)
        return original(start, length)

    copied._populate = populate
    copied.apply(between=lambda: seen.append(-1), every=3)
    assert seen == [-1, 0, 1, 2, -1, 3, 4, 5, -1, 6]


def test_the_light_warm_up_takes_the_paths_of_results_mistakes_and_backward():
    """After the copies, each child runs the light warm-up job: one case returns a mix of values, one
    changes its input and raises, one runs a backward pass, so that none of these is the first of its kind
    in the child when a learner's code does it (if the job stopped, children would quietly warm less)."""
    from torchdojo.grader import probe, wire, zygote

    header, blobs = zygote.light_warmup_job()
    reply, _ = wire.parse(probe.run_job(header, blobs, zygote.LIGHT_WARMUP_SOURCE))
    returned, failed, backward = reply["cases"]
    assert returned["exception"] is None and returned["value"]["kind"] == "dict"
    assert not returned["mutated"]
    assert failed["exception"]["type"] == "ValueError"
    assert failed["exception"]["frames"], "the traceback was described"
    assert failed["mutated"] == ["x"]
    assert backward["exception"] is None
    gradient = backward["value"]["items"][0]
    assert gradient["kind"] == "tensor" and gradient["shape"] == [3, 2]
