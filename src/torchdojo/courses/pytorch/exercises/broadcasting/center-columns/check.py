"""Check spec for broadcasting/center-columns: non-square shapes, N or D of 1, D = 0, float64, big offsets."""

import torch

from torchdojo.grader.spec import Bug, Case, Check, noncontiguous, randn


def cases(generator):
    yield Case("N=5, D=3", {"x": randn(generator, 5, 3)})
    yield Case("N=2, D=7", {"x": randn(generator, 2, 7)})
    yield Case(
        "square 4×4", {"x": randn(generator, 4, 4)}, note="N = D: a wrong axis still gives the right shape"
    )
    yield Case("one sample", {"x": randn(generator, 1, 5)}, note="N = 1: every entry becomes 0")
    yield Case("one feature", {"x": randn(generator, 6, 1)}, note="D = 1")
    yield Case("no features", {"x": torch.empty(3, 0)}, note="D = 0: the result is (3, 0)")
    yield Case("float64", {"x": randn(generator, 4, 3, dtype=torch.float64)}, note="float64 in, float64 out")
    yield Case("non-contiguous", {"x": noncontiguous(randn(generator, 6, 4))}, note="a transposed view")
    yield Case("large offset", {"x": randn(generator, 8, 3) + 1e4}, note="values near 10000", hidden=True)
    yield Case("hidden random", {"x": randn(generator, 17, 9, dtype=torch.float64)}, hidden=True)


def plain(value):
    return value.kwargs["tensor"] if hasattr(value, "kwargs") else value


def row_means(got, expected, case):
    x = plain(case.args["x"]).double()
    wrong = x - x.mean(dim=1, keepdim=True)  # (N, D): rows centered instead
    return got.shape == expected.shape and torch.allclose(got.tensor.double(), wrong, rtol=1e-4, atol=1e-4)


def global_mean(got, expected, case):
    x = plain(case.args["x"]).double()
    return got.shape == expected.shape and torch.allclose(
        got.tensor.double(), x - x.mean(), rtol=1e-4, atol=1e-4
    )


CHECK = Check(
    entry="center_columns",
    cases=cases,
    seed=101,
    tolerance={"float32": (1e-4, 1e-3)},
    bugs=(
        Bug(
            "centered-rows",
            "You subtracted each row's mean: a column's mean is a reduction over the rows, dim=0.",
            row_means,
        ),
        Bug(
            "global-mean",
            "You subtracted one mean of the whole tensor: each column needs its own, x.mean(dim=0).",
            global_mean,
        ),
    ),
)
