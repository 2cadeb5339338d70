"""Check spec for tensors/gather-rows: random shapes, N of 0 and 1, C = 1, float64, non-contiguous."""

import torch

from torchdojo.grader.spec import Case, Check, noncontiguous, randint, randn


def cases(generator):
    yield Case("5 rows, 4 classes", {"scores": randn(generator, 5, 4), "index": randint(generator, 0, 4, 5)})
    yield Case("3 rows, 7 classes", {"scores": randn(generator, 3, 7), "index": randint(generator, 0, 7, 3)})
    yield Case("one row", {"scores": randn(generator, 1, 5), "index": torch.tensor([3])}, note="N = 1")
    yield Case(
        "one class",
        {"scores": randn(generator, 4, 1), "index": torch.zeros(4, dtype=torch.int64)},
        note="C = 1",
    )
    yield Case(
        "no rows",
        {"scores": torch.empty(0, 3), "index": torch.empty(0, dtype=torch.int64)},
        note="N = 0: the result is (0,)",
    )
    yield Case(
        "float64",
        {"scores": randn(generator, 4, 3, dtype=torch.float64), "index": randint(generator, 0, 3, 4)},
    )
    yield Case(
        "non-contiguous",
        {"scores": noncontiguous(randn(generator, 6, 5)), "index": randint(generator, 0, 5, 6)},
        note="a transposed view",
    )
    yield Case(
        "hidden: 32 rows, 10 classes",
        {"scores": randn(generator, 32, 10), "index": randint(generator, 0, 10, 32)},
        hidden=True,
    )


CHECK = Check(entry="gather_rows", cases=cases, seed=9, exact=True)
