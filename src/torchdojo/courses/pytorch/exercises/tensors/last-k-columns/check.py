"""Check spec for tensors/last-k-columns: random k, k of 0, 1 and M, N of 0, ints, float64, non-contiguous."""

import torch

from torchdojo.grader.spec import Bug, Case, Check, noncontiguous, randint, randn


def cases(generator):
    yield Case("4×6, k = 2", {"x": randn(generator, 4, 6), "k": 2})
    yield Case("3×5, k = 4", {"x": randint(generator, 0, 100, 3, 5), "k": 4})
    yield Case("k = 1", {"x": randn(generator, 5, 3), "k": 1}, note="the result is (5, 1), not (5,)")
    yield Case("k = M", {"x": randn(generator, 2, 4), "k": 4}, note="all columns")
    yield Case(
        "k = 0", {"x": randint(generator, 0, 100, 3, 4), "k": 0}, note="no columns: (3, 0), from an int64 x"
    )
    yield Case("no rows", {"x": torch.empty(0, 5), "k": 2}, note="N = 0")
    yield Case("float64", {"x": randn(generator, 3, 7, dtype=torch.float64), "k": 3})
    yield Case(
        "non-contiguous", {"x": noncontiguous(randn(generator, 6, 5)), "k": 2}, note="a transposed view"
    )
    yield Case("hidden: 10×12, k = 5", {"x": randn(generator, 10, 12), "k": 5}, hidden=True)
    yield Case("hidden: k = 0", {"x": randn(generator, 2, 9, dtype=torch.float64), "k": 0}, hidden=True)


def minus_zero(got, expected, case):
    return case.args["k"] == 0 and len(got.shape) == 2 and got.shape[1] > 0


CHECK = Check(
    entry="last_k_columns",
    cases=cases,
    seed=26,
    exact=True,
    bugs=(
        Bug(
            "minus-zero",
            "With k = 0 you returned columns: x[:, -0:] is x[:, 0:], every column. Start the slice at x.shape[1] - k.",
            minus_zero,
        ),
    ),
)
