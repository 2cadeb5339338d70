"""Check spec for tensors/flatten-features: 2-D to 4-D inputs, N of 0 and 1, size-1 dims, float64, non-contiguous."""

import torch

from torchdojo.grader.spec import Case, Check, noncontiguous, randint, randn


def cases(generator):
    yield Case("4×3×2×2 maps", {"x": randn(generator, 4, 3, 2, 2)})
    yield Case("2×5×3", {"x": randint(generator, 0, 10, 2, 5, 3)})
    yield Case("already flat", {"x": randn(generator, 3, 7)}, note="(N, D) stays (N, D)")
    yield Case("one sample", {"x": randn(generator, 1, 2, 3)}, note="N = 1: (1, 6), not (6,)")
    yield Case("size-1 dims", {"x": randn(generator, 3, 1, 4, 1)})
    yield Case("non-contiguous", {"x": noncontiguous(randn(generator, 3, 4, 5))}, note="swapped strides")
    yield Case("float64", {"x": randn(generator, 2, 3, 3, dtype=torch.float64)})
    yield Case("empty batch", {"x": torch.empty(0, 3, 4)}, note="N = 0: (0, 12)")
    yield Case("hidden: 6×4×5×3", {"x": randn(generator, 6, 4, 5, 3)}, hidden=True)


CHECK = Check(entry="flatten_features", cases=cases, seed=32, exact=True)
