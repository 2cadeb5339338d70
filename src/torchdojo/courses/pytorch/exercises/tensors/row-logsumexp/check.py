"""Check spec for tensors/row-logsumexp: random logits, huge and very negative logits, N = 0 and 1, C = 1."""

import torch

from torchdojo.grader.spec import Case, Check, noncontiguous, randn


def cases(generator):
    yield Case("4 rows, 5 classes", {"x": randn(generator, 4, 5)})
    yield Case("2 rows, 3 classes", {"x": randn(generator, 2, 3)})
    yield Case(
        "huge logits", {"x": randn(generator, 3, 4, scale=1000.0)}, note="exp(x) alone overflows to inf"
    )
    yield Case(
        "very negative logits",
        {"x": randn(generator, 3, 4) - 1000.0},
        note="exp(x) alone underflows to 0, and log(0) = -inf",
    )
    yield Case("one class", {"x": randn(generator, 3, 1)}, note="C = 1: the result is x itself")
    yield Case("one row", {"x": randn(generator, 1, 6)}, note="N = 1: the result is (1, 1)")
    yield Case("no rows", {"x": torch.empty(0, 3)}, note="N = 0: the result is (0, 1)")
    yield Case(
        "float64",
        {"x": randn(generator, 3, 5, dtype=torch.float64, scale=300.0)},
        note="float64 in, float64 out",
    )
    yield Case("hidden: huge logits", {"x": randn(generator, 8, 10, scale=5000.0)}, hidden=True)
    yield Case("non-contiguous", {"x": noncontiguous(randn(generator, 4, 6))}, note="a transposed view")


CHECK = Check(entry="row_logsumexp", cases=cases, seed=15, tolerance={"float32": (1e-5, 1e-5)})
