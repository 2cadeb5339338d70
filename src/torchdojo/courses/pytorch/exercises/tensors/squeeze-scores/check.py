"""Check spec for tensors/squeeze-scores: random N, N of 1 and 0, float64, ints, non-contiguous."""

import torch

from torchdojo.grader.spec import Case, Check, noncontiguous, randint, randn


def cases(generator):
    yield Case("8 scores", {"scores": randn(generator, 8, 1)})
    yield Case("3 scores", {"scores": randn(generator, 3, 1)})
    yield Case("int64 scores", {"scores": randint(generator, -5, 5, 4, 1)})
    yield Case("float64", {"scores": randn(generator, 5, 1, dtype=torch.float64)})
    yield Case("non-contiguous", {"scores": noncontiguous(randn(generator, 6, 1))})
    yield Case("one sample", {"scores": randn(generator, 1, 1)}, note="N = 1: the result is (1,), not ()")
    yield Case("no samples", {"scores": torch.empty(0, 1)}, note="N = 0: (0,)")
    yield Case("hidden: 64 scores", {"scores": randn(generator, 64, 1)}, hidden=True)
    yield Case("hidden: one sample", {"scores": randn(generator, 1, 1, dtype=torch.float64)}, hidden=True)


CHECK = Check(entry="squeeze_scores", cases=cases, seed=33, exact=True)
