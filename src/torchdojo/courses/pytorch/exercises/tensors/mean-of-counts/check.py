"""Check spec for tensors/mean-of-counts: fractional means, D of 1, N of 0 and 1, zeros, non-contiguous."""

import torch

from torchdojo.grader.spec import Case, Check, noncontiguous, randint


def cases(generator):
    yield Case("4 rows of 3", {"counts": randint(generator, 0, 20, 4, 3)})
    yield Case(
        "fractional means", {"counts": torch.tensor([[1, 2], [2, 5], [7, 7]])}, note="1.5, 3.5 and 7.0"
    )
    yield Case("6 rows of 7", {"counts": randint(generator, 0, 1000, 6, 7)})
    yield Case("one column", {"counts": randint(generator, 0, 9, 5, 1)}, note="D = 1")
    yield Case("one row", {"counts": randint(generator, 0, 9, 1, 4)}, note="N = 1: (1,)")
    yield Case("no rows", {"counts": torch.empty(0, 3, dtype=torch.int64)}, note="N = 0")
    yield Case("all zeros", {"counts": torch.zeros(2, 3, dtype=torch.int64)})
    yield Case("non-contiguous", {"counts": noncontiguous(randint(generator, 0, 50, 5, 6))})
    yield Case("hidden: 30 rows of 9", {"counts": randint(generator, 0, 10**5, 30, 9)}, hidden=True)


CHECK = Check(entry="mean_of_counts", cases=cases, seed=50, tolerance={"float32": (1e-6, 1e-6)})
