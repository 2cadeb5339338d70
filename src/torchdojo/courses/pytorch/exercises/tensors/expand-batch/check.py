"""Check spec for tensors/expand-batch: random shapes, B of 0 and 1, T of 1, ints, float64, non-contiguous."""

import torch

from torchdojo.grader.spec import Case, Check, noncontiguous, randint, randn


def cases(generator):
    yield Case("4 queries of 3, batch 2", {"proto": randn(generator, 4, 3), "batch": 2})
    yield Case("2 queries of 5, batch 3", {"proto": randint(generator, 0, 9, 2, 5), "batch": 3})
    yield Case("batch 1", {"proto": randn(generator, 3, 2), "batch": 1}, note="(1, T, D)")
    yield Case("batch 0", {"proto": randn(generator, 3, 2), "batch": 0}, note="(0, T, D)")
    yield Case("one query", {"proto": randn(generator, 1, 4), "batch": 5}, note="T = 1")
    yield Case("float64", {"proto": randn(generator, 2, 3, dtype=torch.float64), "batch": 4})
    yield Case("non-contiguous", {"proto": noncontiguous(randn(generator, 5, 3)), "batch": 2})
    yield Case(
        "hidden: 10 queries of 8, batch 6", {"proto": randn(generator, 10, 8), "batch": 6}, hidden=True
    )


CHECK = Check(entry="expand_batch", cases=cases, seed=39, exact=True)
