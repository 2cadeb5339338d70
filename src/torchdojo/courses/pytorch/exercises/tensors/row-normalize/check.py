"""Check spec for tensors/row-normalize: random shapes, zero rows, N or D of 0 and 1, float64, non-contiguous."""

import torch

from torchdojo.grader.spec import Case, Check, noncontiguous, randn


def with_zero_row(generator, n, d, row):
    x = randn(generator, n, d)
    x[row] = 0.0
    return x


def cases(generator):
    yield Case("random 5×3", {"x": randn(generator, 5, 3)})
    yield Case("random 2×8", {"x": randn(generator, 2, 8)})
    yield Case(
        "a zero row",
        {"x": with_zero_row(generator, 4, 3, 2)},
        note="row 2 is all zeros: it must stay zeros, not NaN",
    )
    yield Case("one column", {"x": randn(generator, 4, 1)}, note="D = 1: every entry becomes ±1")
    yield Case(
        "a tiny row",
        {"x": torch.tensor([[3.0, 4.0], [1e-13, 0.0]])},
        note="the second row's norm is below 1e-12: the rule divides it by 1e-12",
    )
    yield Case("one row", {"x": randn(generator, 1, 6)}, note="N = 1")
    yield Case("no rows", {"x": torch.empty(0, 4)}, note="N = 0")
    yield Case("float64", {"x": randn(generator, 3, 5, dtype=torch.float64)}, note="float64 in, float64 out")
    yield Case("non-contiguous", {"x": noncontiguous(randn(generator, 6, 4))}, note="a transposed view")
    yield Case("hidden: large values", {"x": randn(generator, 5, 7, scale=1e6)}, hidden=True)
    yield Case("hidden: zero rows", {"x": with_zero_row(generator, 8, 5, 0)}, hidden=True)


CHECK = Check(entry="row_normalize", cases=cases, seed=5, tolerance={"float32": (1e-5, 1e-6)})
