"""Check spec for broadcasting/batch-outer: N != M, sizes of 0 and 1, float64, large values."""

import torch

from torchdojo.grader.spec import Case, Check, noncontiguous, randn


def pair(name, generator, b, n, m, *, dtype=torch.float32, scale=1.0, hidden=False, note=""):
    args = {"a": randn(generator, b, n, dtype=dtype, scale=scale), "b": randn(generator, b, m, dtype=dtype)}
    return Case(name, args, hidden=hidden, note=note)


def cases(generator):
    yield pair("B=2, N=3, M=4", generator, 2, 3, 4)
    yield pair("B=5, N=4, M=2", generator, 5, 4, 2)
    yield pair("one pair", generator, 1, 3, 3, note="B = 1")
    yield pair("N = 1", generator, 3, 1, 4, note="a holds single numbers")
    yield pair("empty batch", generator, 0, 2, 3, note="B = 0: the result is (0, 2, 3)")
    yield pair("M = 0", generator, 2, 3, 0, note="empty vectors b: the result is (2, 3, 0)")
    yield pair("float64", generator, 2, 3, 2, dtype=torch.float64, note="float64 in, float64 out")
    yield Case("non-contiguous", {"a": noncontiguous(randn(generator, 3, 4)), "b": randn(generator, 3, 2)})
    yield pair("hidden large", generator, 4, 6, 5, scale=1e5, hidden=True)


CHECK = Check(entry="batch_outer", cases=cases, seed=104)
