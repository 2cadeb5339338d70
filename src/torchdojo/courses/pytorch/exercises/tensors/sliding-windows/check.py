"""Check spec for tensors/sliding-windows: overlap, gaps, one window, size 1, B of 0 and 1, float64, non-contiguous."""

import torch

from torchdojo.grader.spec import Case, Check, noncontiguous, randint, randn


def cases(generator):
    yield Case("T=10, size 4, step 2", {"x": randn(generator, 3, 10), "size": 4, "step": 2}, note="W = 4")
    yield Case(
        "T=9, size 3, step 3", {"x": randint(generator, 0, 9, 2, 9), "size": 3, "step": 3}, note="W = 3"
    )
    yield Case("gaps", {"x": randn(generator, 2, 11), "size": 2, "step": 4}, note="step > size: W = 3")
    yield Case(
        "leftover samples", {"x": randn(generator, 2, 8), "size": 3, "step": 2}, note="W = 3, x[:, 7] unused"
    )
    yield Case("one window", {"x": randn(generator, 3, 5), "size": 5, "step": 1}, note="size = T: W = 1")
    yield Case("size 1", {"x": randn(generator, 2, 4), "size": 1, "step": 1}, note="(B, T, 1)")
    yield Case("one signal", {"x": randn(generator, 1, 7), "size": 3, "step": 1}, note="B = 1")
    yield Case("no signals", {"x": torch.empty(0, 6), "size": 2, "step": 2}, note="B = 0")
    yield Case("float64", {"x": randn(generator, 2, 9, dtype=torch.float64), "size": 4, "step": 1})
    yield Case("non-contiguous", {"x": noncontiguous(randn(generator, 4, 10)), "size": 3, "step": 2})
    yield Case(
        "hidden: T=50, size 8, step 5", {"x": randn(generator, 4, 50), "size": 8, "step": 5}, hidden=True
    )


CHECK = Check(entry="sliding_windows", cases=cases, seed=28, exact=True)
