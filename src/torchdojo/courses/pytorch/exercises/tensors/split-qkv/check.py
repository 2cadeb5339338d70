"""Check spec for tensors/split-qkv: random N and D, D of 1, N of 0 and 1, float64, non-contiguous."""

import torch

from torchdojo.grader.spec import Case, Check, noncontiguous, randint, randn


def cases(generator):
    yield Case("N = 4, D = 5", {"x": randn(generator, 4, 15)})
    yield Case("N = 6, D = 2", {"x": randint(generator, 0, 100, 6, 6)})
    yield Case("D = 1", {"x": randn(generator, 5, 3)}, note="(N, 3): one column each")
    yield Case("one token", {"x": randn(generator, 1, 12)}, note="N = 1")
    yield Case("no tokens", {"x": torch.empty(0, 9)}, note="N = 0: three (0, 3) tensors")
    yield Case("float64", {"x": randn(generator, 3, 9, dtype=torch.float64)})
    yield Case("non-contiguous", {"x": noncontiguous(randn(generator, 5, 12))})
    yield Case("hidden: N = 10, D = 16", {"x": randn(generator, 10, 48)}, hidden=True)


CHECK = Check(entry="split_qkv", cases=cases, seed=37, exact=True)
