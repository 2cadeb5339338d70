"""Check spec for tensors/batch-matmul: random shapes, sizes of 0 and 1, float64, non-contiguous views."""

import torch

from torchdojo.grader.spec import Case, Check, noncontiguous, randn


def cases(generator):
    yield Case("B=2, 3×4 @ 4×5", {"a": randn(generator, 2, 3, 4), "b": randn(generator, 2, 4, 5)})
    yield Case("B=4, 2×6 @ 6×3", {"a": randn(generator, 4, 2, 6), "b": randn(generator, 4, 6, 3)})
    yield Case("one pair", {"a": randn(generator, 1, 3, 2), "b": randn(generator, 1, 2, 4)}, note="B = 1")
    yield Case(
        "column times row",
        {"a": randn(generator, 3, 4, 1), "b": randn(generator, 3, 1, 2)},
        note="K = 1: outer products",
    )
    yield Case(
        "empty batch",
        {"a": torch.empty(0, 3, 2), "b": torch.empty(0, 2, 4)},
        note="B = 0: the result is (0, 3, 4)",
    )
    yield Case("K = 0", {"a": torch.empty(2, 3, 0), "b": torch.empty(2, 0, 4)}, note="an empty sum is 0")
    yield Case(
        "float64",
        {
            "a": randn(generator, 2, 2, 3, dtype=torch.float64),
            "b": randn(generator, 2, 3, 5, dtype=torch.float64),
        },
    )
    yield Case(
        "non-contiguous",
        {"a": noncontiguous(randn(generator, 3, 4, 5)), "b": noncontiguous(randn(generator, 3, 5, 2))},
        note="views with swapped strides",
    )
    yield Case(
        "hidden: bigger", {"a": randn(generator, 8, 7, 9), "b": randn(generator, 8, 9, 6)}, hidden=True
    )
    yield Case(
        "hidden: large values",
        {"a": randn(generator, 2, 3, 4, scale=1e4), "b": randn(generator, 2, 4, 2, scale=1e4)},
        hidden=True,
    )


CHECK = Check(entry="batch_matmul", cases=cases, seed=8, tolerance={"float32": (1e-4, 1e-5)})
