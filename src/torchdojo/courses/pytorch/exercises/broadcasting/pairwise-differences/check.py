"""Check spec for broadcasting/pairwise-differences: floats and ints, N of 0 and 1, float64, large values."""

import torch

from torchdojo.grader.spec import Bug, Case, Check, noncontiguous, randint, randn


def cases(generator):
    yield Case("N=5", {"x": randn(generator, 5)})
    yield Case("integers", {"x": randint(generator, -20, 20, 6)}, note="int64 in, int64 out")
    yield Case("one entry", {"x": randn(generator, 1)}, note="N = 1: a (1, 1) table holding 0")
    yield Case("empty", {"x": torch.empty(0)}, note="N = 0: a (0, 0) table")
    yield Case("float64", {"x": randn(generator, 4, dtype=torch.float64)}, note="float64 in, float64 out")
    yield Case("non-contiguous", {"x": noncontiguous(randn(generator, 7))}, note="a strided view")
    yield Case("hidden large", {"x": randn(generator, 12, scale=1e6)}, hidden=True)
    yield Case("hidden ints", {"x": randint(generator, 0, 1000, 9)}, hidden=True)


def sign_flipped(got, expected, case):
    return got.shape == expected.shape and torch.equal(got.tensor, -expected.tensor)


CHECK = Check(
    entry="pairwise_differences",
    cases=cases,
    seed=106,
    bugs=(
        Bug(
            "sign-flipped",
            "Every sign is flipped: you computed x[j] - x[i]. Row i should hold x[i] minus each entry.",
            sign_flipped,
        ),
    ),
)
