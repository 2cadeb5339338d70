"""Case inputs built in the zygote before it forks: a child that takes them observes exactly what building
them itself would, takes each at most once, and the pool hands them to its zygotes."""

from __future__ import annotations

import warnings

import pytest

from torchdojo.grader import pool, probe, wire
from torchdojo.grader.service import Grader

# Models, optimizers, loaders, dropout (the generator state after building matters) and plain tensors.
EXERCISES = [
    "first-model/fix-training-loop",
    "training/overfit-one-batch",
    "serialization/state-dict-roundtrip",
    "tensors/pairwise-distances",
    "training/early-stopping",
]


@pytest.fixture
def empty_prebuilt():
    probe.PREBUILT.clear()
    yield probe.PREBUILT
    probe.PREBUILT.clear()


def run(header, blobs, source) -> bytes:
    """One job in this process, showing every warning (a child shows each once, and is new every time)."""
    with warnings.catch_warnings():
        warnings.simplefilter("always")
        return probe.run_job(header, blobs, source)


def observations(message: bytes) -> dict:
    header, blobs = wire.parse(message)
    for case in header["cases"]:
        case.pop("ms")  # how long a case took is the one thing allowed to differ
    return {"header": header, "blobs": [bytes(blob) for blob in blobs]}


@pytest.mark.parametrize("exercise_id", EXERCISES)
def test_a_prebuilt_case_observes_what_a_freshly_built_one_does(grader, empty_prebuilt, exercise_id):
    prepared = grader.prepare(exercise_id)
    sources = [prepared.exercise.solution] + [mistake.source for mistake in prepared.exercise.mistakes()]
    for source in sources:
        header, blobs = wire.parse(prepared.job(source))
        source = header.pop("source")
        fresh = run(header, blobs, source)
        assert probe.prebuild(*wire.parse(prepared.inputs_frame())) == len(prepared.cases)
        ready = run(header, blobs, source)
        assert not empty_prebuilt, "every prebuilt case was taken"
        assert observations(ready) == observations(fresh)


def test_each_prebuilt_case_is_taken_once(grader, empty_prebuilt):
    prepared = grader.prepare("tensors/pairwise-distances")
    probe.prebuild(*wire.parse(prepared.inputs_frame()))
    header, blobs = wire.parse(prepared.job(prepared.exercise.solution))
    first = dict(header["cases"][0])
    header["cases"] = [first, dict(first)]  # the same inputs twice in one job
    taken = []
    original = probe.build_arguments

    def counted(case, blobs):
        taken.append(case["digest"])
        return original(case, blobs)

    probe.build_arguments = counted
    try:
        reply, _ = wire.parse(probe.run_job(header, blobs, header.pop("source")))
    finally:
        probe.build_arguments = original
    assert taken == [first["digest"]], "the second copy was built, not taken again"
    values = [case["value"] for case in reply["cases"]]
    assert values[0]["shape"] == values[1]["shape"]


def test_cases_differ_in_digest_when_their_inputs_differ(grader):
    digests = [
        case["digest"] for exercise_id in EXERCISES for case in grader.prepare(exercise_id).header["cases"]
    ]
    assert len(set(digests)) == len(digests)


def test_a_pool_hands_prepared_inputs_to_its_zygotes(grader):
    """A submission can see the ready inputs in its own child (they are not secret: every job carries them):
    a pool started after preparing exercises has every prepared case's inputs ready, and no others."""
    for exercise_id in EXERCISES[:2]:
        grader.prepare(exercise_id)
    # Two exercises may share a case's inputs exactly: one ready copy serves either (taken once).
    cases = len({case["digest"] for item in grader._prepared.values() for case in item.header["cases"]})
    source = (
        "from torchdojo.grader import probe\n"
        "print('ready', len(probe.PREBUILT))\n"
        "def count_parameters(model):\n"
        "    return sum(p.numel() for p in model.parameters() if p.requires_grad)\n"
    )
    own = pool.Pool(grader.settings, inputs=grader.prepared_inputs)
    try:
        result = Grader(grader.settings, pool=own).grade("first-model/count-parameters", source)
    finally:
        own.close()
    assert f"ready {cases}" in result.stdout, result.stdout
    assert result.status == "passed"
