"""Long gradings split over two children when the pool is quiet: the plan, the merge, and the same verdicts."""

from __future__ import annotations

import time

import pytest
import torch

from torchdojo.grader import pool, probe, split, wire
from torchdojo.grader.judge import decode_reply
from torchdojo.grader.service import Prepared

HEAVY = ["serialization/checkpoint-resume", "first-model/fix-training-loop", "training/early-stopping"]


# ------------------------------------------------------------------------------------------ the plan
def test_plan_balances_reference_time_and_keeps_case_order():
    groups = split.plan([5.0, 1.0, 1.0, 4.0, 1.0])
    assert sorted(index for group in groups for index in group) == [0, 1, 2, 3, 4]
    assert all(group == sorted(group) for group in groups)
    loads = [sum([5.0, 1.0, 1.0, 4.0, 1.0][index] for index in group) for group in groups]
    assert max(loads) - min(loads) <= 1.0


@pytest.mark.parametrize(
    "case_ms",
    [[9.0], [0.5, 0.5, 0.5], [20.0, 1.0, 1.0]],
    ids=["one case", "too little work", "one case dominates"],
)
def test_plan_declines_when_a_split_would_not_pay(case_ms):
    assert split.plan(case_ms) is None


# ------------------------------------------------------------------------------------------ the merge
def part_reply(cases, stdout="", stdout_load=0, **extra):
    """A reply as the probe frames it, for the given case values (tensors become blobs)."""
    blobs: list[bytes] = []
    encoded = [{"exception": None, "value": wire.encode_value(value, blobs), "events": []} for value in cases]
    header = {"type": "result", "load": None, "entry_found": True, "cases": encoded}
    header.update(stdout=stdout, stdout_total=len(stdout), stdout_load=stdout_load, **extra)
    return wire.frame(header, blobs)


def test_merge_puts_cases_back_in_order_with_their_own_tensors():
    first = part_reply([torch.tensor([1.0, 2.0]), torch.tensor([3.0])])
    second = part_reply([torch.arange(4).reshape(2, 2)])
    merged = split.merge([first, second], [[0, 2], [1]])
    values = [case.value for case in merged.cases]
    assert torch.equal(values[0].tensor, torch.tensor([1.0, 2.0]))
    assert torch.equal(values[1].tensor, torch.arange(4).reshape(2, 2))
    assert torch.equal(values[2].tensor, torch.tensor([3.0]))
    assert merged.entry_found and merged.load_error is None


def test_merge_decodes_as_one_reply_would():
    values = [torch.tensor([1.0, 2.0]), 7, torch.arange(4).reshape(2, 2), [1.5, None]]
    whole = decode_reply(part_reply(values), len(values))
    merged = split.merge(
        [part_reply([values[1], values[3]]), part_reply([values[0], values[2]])], [[1, 3], [0, 2]]
    )
    assert repr(merged) == repr(whole)


def test_merge_keeps_what_the_module_printed_on_import_once():
    first = part_reply([1], stdout="loading\ncase 0\n", stdout_load=8)
    second = part_reply([2], stdout="loading\ncase 1\n", stdout_load=8)
    merged = split.merge([first, second], [[0], [1]])
    assert merged.stdout == "loading\ncase 0\ncase 1\n"
    assert merged.stdout_total == len(merged.stdout)


def test_a_part_that_failed_to_load_speaks_for_the_whole():
    broken = wire.frame({"type": "result", "load": {"type": "SyntaxError"}, "cases": []})
    merged = split.merge([part_reply([1]), broken], [[0], [1]])
    assert merged.load_error["type"] == "SyntaxError" and merged.cases == []


@pytest.mark.parametrize(
    "second",
    [
        part_reply([1, 2]),  # one case observation too many
        wire.frame({"type": "nonsense"}),
        b"not a framed message at all",
        wire.frame({"type": "result", "load": None, "entry_found": True, "cases": [{"value": 3}]}),
    ],
    ids=["wrong case count", "not a result", "garbage", "undecodable case"],
)
def test_merge_rejects_a_part_that_does_not_fit(second):
    with pytest.raises(wire.WireError):
        split.merge([part_reply([1]), second], [[0], [1]])


# ------------------------------------------------------------------------------------------ in the pool
@pytest.fixture
def always_split(monkeypatch):
    """Split whenever two warm children are ready, and count the split gradings."""
    monkeypatch.setattr(pool, "SPLIT_QUIET_S", 0.0)
    calls = []
    original = pool.ZygoteProcess._run_parts

    def counted(self, *args):
        calls.append(1)
        return original(self, *args)

    monkeypatch.setattr(pool.ZygoteProcess, "_run_parts", counted)
    return calls


def grade_settled(grader, exercise_id, source):
    time.sleep(0.25)  # both of a zygote's children warm again
    result = grader.grade(exercise_id, source)
    data = result.to_dict()
    data.pop("duration_ms")
    return data


@pytest.mark.parametrize("exercise_id", HEAVY)
def test_a_split_grading_gives_exactly_the_unsplit_result(grader, always_split, monkeypatch, exercise_id):
    prepared = grader.prepare(exercise_id)
    assert prepared.groups, f"{exercise_id} is long enough to split"
    sources = [prepared.exercise.solution] + [mistake.source for mistake in prepared.exercise.mistakes()]
    together = [grade_settled(grader, exercise_id, source) for source in sources]
    assert always_split, "the gradings ran in two parts"
    monkeypatch.setattr(Prepared, "in_parts", lambda self, source, limit=0: None)
    apart = [grade_settled(grader, exercise_id, source) for source in sources]
    for split_result, whole_result in zip(together, apart):
        # Python shows a warning once per process: with two children it can show twice. Nothing else differs.
        split_out, whole_out = split_result.pop("stdout"), whole_result.pop("stdout")
        assert set(split_out.splitlines()) == set(whole_out.splitlines())
        assert split_result == whole_result


HOSTILE_TRAINING = {
    "exits": (
        "import os\ndef train_one_epoch(model, loader, criterion, optimizer):\n    os._exit(3)\n",
        "error",
    ),
    "loops": (
        "def train_one_epoch(model, loader, criterion, optimizer):\n    while True:\n        pass\n",
        "timed_out",
    ),
    "forges": (
        "import os, struct\n"
        "def train_one_epoch(model, loader, criterion, optimizer):\n"
        "    for fd in range(3, 64):\n"
        "        try:\n            os.write(fd, b'TDJ1' + struct.pack('<II', 5, 0) + b'{\"a\"}')\n"
        "        except OSError:\n            pass\n"
        "    return 0.0\n",
        None,
    ),
}


@pytest.mark.parametrize("name", sorted(HOSTILE_TRAINING))
def test_hostile_code_in_a_split_grading_is_contained(grader, always_split, name):
    source, status = HOSTILE_TRAINING[name]
    result = grade_settled(grader, "first-model/fix-training-loop", source)
    assert result["status"] in ({status} if status else {"error", "failed"}), result
    assert result["feedback"]
    follow_up = grade_settled(
        grader,
        "first-model/fix-training-loop",
        grader.prepare("first-model/fix-training-loop").exercise.solution,
    )
    assert follow_up["status"] == "passed"
    assert always_split


def test_the_probe_reports_module_output_and_case_times():
    job = wire.roundtrip({"entry": "f", "cases": [{"name": "c", "args": [], "observe": []}]}, [])
    source = "print('on import')\ndef f():\n    print('in case')\n    return 1\n"
    header, _ = wire.parse(probe.run_job(*job, source))
    assert header["stdout_load"] == len("on import\n")
    assert header["stdout"] == "on import\nin case\n"
    assert header["cases"][0]["ms"] >= 0
