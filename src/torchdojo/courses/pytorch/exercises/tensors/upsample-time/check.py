"""Check spec for tensors/upsample-time: factors 1 to 4, T of 0 and 1, B and D of 1, ints, float64, non-contiguous."""

import torch

from torchdojo.grader.spec import Bug, Case, Check, noncontiguous, randint, randn


def cases(generator):
    yield Case("B=2 T=3 D=4, factor 2", {"x": randn(generator, 2, 3, 4), "factor": 2})
    yield Case("B=3 T=5 D=2, factor 3", {"x": randint(generator, 0, 100, 3, 5, 2), "factor": 3})
    yield Case("factor 1", {"x": randn(generator, 2, 4, 3), "factor": 1}, note="nothing changes")
    yield Case("one frame", {"x": randn(generator, 2, 1, 3), "factor": 4}, note="T = 1")
    yield Case("no frames", {"x": torch.empty(2, 0, 3), "factor": 2}, note="T = 0")
    yield Case("one feature", {"x": randn(generator, 1, 6, 1), "factor": 2}, note="B = D = 1")
    yield Case("float64", {"x": randn(generator, 2, 3, 2, dtype=torch.float64), "factor": 3})
    yield Case("non-contiguous", {"x": noncontiguous(randn(generator, 3, 4, 5)), "factor": 2})
    yield Case("hidden: B=4 T=9 D=3, factor 4", {"x": randn(generator, 4, 9, 3), "factor": 4}, hidden=True)


def tiled(got, expected, case):
    """x.repeat(1, factor, 1): the whole sequence tiled instead of each frame repeated."""
    factor = case.args["factor"]
    if got.shape != expected.shape or factor < 2:
        return False
    original = expected.tensor[:, ::factor]  # x again
    return torch.equal(got.tensor, original.repeat(1, factor, 1))


CHECK = Check(
    entry="upsample_time",
    cases=cases,
    seed=38,
    exact=True,
    bugs=(
        Bug(
            "tiled",
            "You tiled the whole sequence (a b c a b c); each frame must repeat in place (a a b b c c). That is repeat_interleave along dim 1, not repeat.",
            tiled,
        ),
    ),
)
