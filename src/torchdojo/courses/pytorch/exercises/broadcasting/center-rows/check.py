"""Check spec for broadcasting/center-rows: square inputs (where the bug hides), N of 0 and 1, float64."""

import torch

from torchdojo.grader.spec import Bug, Case, Check, noncontiguous, randn


def cases(generator):
    yield Case(
        "square 4×4", {"x": randn(generator, 4, 4)}, note="N = D: (N,) broadcasts without an error here"
    )
    yield Case("N=3, D=6", {"x": randn(generator, 3, 6)})
    yield Case("one row", {"x": randn(generator, 1, 5)}, note="N = 1")
    yield Case("one column", {"x": randn(generator, 5, 1)}, note="D = 1: every entry becomes 0")
    yield Case("no rows", {"x": torch.empty(0, 4)}, note="N = 0: the result is (0, 4)")
    yield Case("float64", {"x": randn(generator, 3, 5, dtype=torch.float64)}, note="float64 in, float64 out")
    yield Case("non-contiguous", {"x": noncontiguous(randn(generator, 5, 3))}, note="a transposed view")
    yield Case("hidden square", {"x": randn(generator, 9, 9, scale=100.0)}, hidden=True)
    yield Case("hidden wide", {"x": randn(generator, 6, 20, dtype=torch.float64)}, hidden=True)


def plain(value):
    return value.kwargs["tensor"] if hasattr(value, "kwargs") else value


def per_column(got, expected, case):
    x = plain(case.args["x"]).double()
    if x.shape[0] != x.shape[1]:
        return False
    wrong = x - x.mean(dim=1)  # (N, N) - (N,): row i's mean subtracted from column i
    return torch.allclose(got.tensor.double(), wrong, rtol=1e-4, atol=1e-4)


CHECK = Check(
    entry="center_rows",
    cases=cases,
    seed=102,
    tolerance={"float32": (1e-4, 1e-4)},
    bugs=(
        Bug(
            "mean-without-keepdim",
            "Row i's mean was subtracted from column i: x.mean(dim=1) is (N,), and (N, D) - (N,) aligns it with the columns. Use keepdim=True for (N, 1).",
            per_column,
        ),
    ),
)
