"""Check spec for tensors/every-other-row: odd and even N, N of 0, 1 and 2, ints, float64, non-contiguous."""

import torch

from torchdojo.grader.spec import Case, Check, noncontiguous, randint, randn


def cases(generator):
    yield Case("odd: 5×3", {"x": randn(generator, 5, 3)}, note="N = 5: rows 0, 2 and 4")
    yield Case("even: 8×2", {"x": randn(generator, 8, 2)})
    yield Case("one row", {"x": randn(generator, 1, 4)}, note="N = 1: that row")
    yield Case("two rows", {"x": randn(generator, 2, 4)}, note="N = 2: only row 0")
    yield Case("no rows", {"x": torch.empty(0, 3)}, note="N = 0")
    yield Case("int64", {"x": randint(generator, -100, 100, 7, 2)})
    yield Case("float64", {"x": randn(generator, 6, 3, dtype=torch.float64)})
    yield Case("non-contiguous", {"x": noncontiguous(randn(generator, 9, 4))}, note="a transposed view")
    yield Case("hidden: 33×5", {"x": randn(generator, 33, 5)}, hidden=True)


CHECK = Check(entry="every_other_row", cases=cases, seed=25, exact=True)
