"""Check spec for tensors/reverse-time: random shapes, B, T and D of 1, T of 0, ints, float64, non-contiguous."""

import torch

from torchdojo.grader.spec import Bug, Case, Check, noncontiguous, randint, randn


def cases(generator):
    yield Case("B=3 T=5 D=2", {"x": randn(generator, 3, 5, 2)})
    yield Case("B=2 T=4 D=6", {"x": randint(generator, 0, 50, 2, 4, 6)})
    yield Case("one sequence", {"x": randn(generator, 1, 6, 3)}, note="B = 1")
    yield Case("one step", {"x": randn(generator, 3, 1, 4)}, note="T = 1: nothing moves")
    yield Case("one feature", {"x": randn(generator, 2, 5, 1)}, note="D = 1")
    yield Case("no steps", {"x": torch.empty(2, 0, 3)}, note="T = 0")
    yield Case("float64", {"x": randn(generator, 2, 3, 4, dtype=torch.float64)})
    yield Case(
        "non-contiguous",
        {"x": noncontiguous(randn(generator, 4, 5, 3))},
        note="batch and features swapped in memory",
    )
    yield Case("hidden: B=6 T=11 D=5", {"x": randn(generator, 6, 11, 5)}, hidden=True)


def wrong_dim(got, expected, case):
    """Some other dimension was reversed instead of time."""
    if got.shape != expected.shape:
        return False
    original = expected.tensor.flip(1)
    return any(torch.equal(got.tensor, original.flip(d)) for d in (0, 2) if original.shape[d] > 1)


CHECK = Check(
    entry="reverse_time",
    cases=cases,
    seed=27,
    exact=True,
    bugs=(
        Bug(
            "wrong-dim",
            "You reversed the wrong dimension: dim 0 is the batch and dim 2 the features; time is dim 1.",
            wrong_dim,
        ),
    ),
)
