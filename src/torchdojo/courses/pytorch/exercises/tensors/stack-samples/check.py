"""Check spec for tensors/stack-samples: random K and D, K and D of 1, ints, float64, large values."""

import torch

from torchdojo.grader.spec import Case, Check, randint, randn


def samples(generator, k, d, dtype=torch.float32, scale=1.0):
    return [randn(generator, d, dtype=dtype, scale=scale) for _ in range(k)]


def cases(generator):
    yield Case("4 samples of 3", {"samples": samples(generator, 4, 3)})
    yield Case("2 samples of 6", {"samples": samples(generator, 2, 6)})
    yield Case("int64 samples", {"samples": [randint(generator, 0, 9, 5) for _ in range(3)]})
    yield Case("one sample", {"samples": samples(generator, 1, 4)}, note="K = 1: (1, 4)")
    yield Case("one feature", {"samples": samples(generator, 5, 1)}, note="D = 1: (5, 1)")
    yield Case("float64", {"samples": samples(generator, 3, 2, dtype=torch.float64)})
    yield Case("large values", {"samples": samples(generator, 3, 4, scale=1e30)})
    yield Case("hidden: 16 samples of 10", {"samples": samples(generator, 16, 10)}, hidden=True)


CHECK = Check(entry="stack_samples", cases=cases, seed=35, exact=True)
