"""Check spec for autograd/leaf-copy-grad: vectors, matrices, 3-D, a single entry, large values, float64."""

import torch

from torchdojo.grader.spec import Case, Check, noncontiguous, randn


def cases(generator):
    yield Case("vector of 5", {"x": randn(generator, 5)})
    yield Case("matrix 3×4", {"x": randn(generator, 3, 4)}, note="the sum runs over all 12 entries")
    yield Case("one entry", {"x": randn(generator, 1)}, note="the gradient is 1")
    yield Case(
        "large values",
        {"x": randn(generator, 6, scale=500.0)},
        note="logsumexp is stable; so is its gradient",
    )
    yield Case("float64 3-D", {"x": randn(generator, 2, 2, 3, dtype=torch.float64)})
    yield Case("non-contiguous", {"x": noncontiguous(randn(generator, 4, 3))})
    yield Case("hidden", {"x": randn(generator, 7, 9, scale=3.0)}, hidden=True)


CHECK = Check(entry="logsumexp_grad", cases=cases, seed=306, tolerance={"float32": (1e-4, 1e-6)})
