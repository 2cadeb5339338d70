"""Check spec for tensors/select-columns: random shapes, repeats and reorders, N or K of 0, float64, non-contiguous."""

import torch

from torchdojo.grader.spec import Case, Check, noncontiguous, randint, randn


def cases(generator):
    yield Case("5×8, 3 columns", {"x": randn(generator, 5, 8), "cols": torch.tensor([7, 0, 3])})
    yield Case("6×4, 5 columns", {"x": randn(generator, 6, 4), "cols": randint(generator, 0, 4, 5)})
    yield Case(
        "reversed and repeated",
        {"x": randn(generator, 3, 5), "cols": torch.tensor([4, 4, 2, 0])},
        note="columns may repeat and come in any order",
    )
    yield Case("one column", {"x": randn(generator, 4, 6), "cols": torch.tensor([2])}, note="K = 1: (N, 1)")
    yield Case(
        "no columns", {"x": randn(generator, 4, 6), "cols": torch.empty(0, dtype=torch.int64)}, note="K = 0"
    )
    yield Case("no rows", {"x": torch.empty(0, 5), "cols": torch.tensor([1, 3])}, note="N = 0")
    yield Case(
        "float64", {"x": randn(generator, 3, 7, dtype=torch.float64), "cols": randint(generator, 0, 7, 4)}
    )
    yield Case(
        "non-contiguous", {"x": noncontiguous(randn(generator, 5, 6)), "cols": randint(generator, 0, 6, 3)}
    )
    yield Case(
        "hidden: 12×20, 9 columns",
        {"x": randn(generator, 12, 20), "cols": randint(generator, 0, 20, 9)},
        hidden=True,
    )


CHECK = Check(entry="select_columns", cases=cases, seed=20, exact=True)
