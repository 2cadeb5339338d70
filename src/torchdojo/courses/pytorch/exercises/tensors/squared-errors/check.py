"""Check spec for tensors/squared-errors: random N, N of 0 and 1, float64, large values."""

import torch

from torchdojo.grader.spec import Case, Check, noncontiguous, randn


def cases(generator):
    yield Case("6 samples", {"pred": randn(generator, 6, 1), "target": randn(generator, 6)})
    yield Case("3 samples", {"pred": randn(generator, 3, 1), "target": randn(generator, 3)})
    yield Case(
        "one sample",
        {"pred": randn(generator, 1, 1), "target": randn(generator, 1)},
        note="N = 1: the result is (1,)",
    )
    yield Case("no samples", {"pred": torch.empty(0, 1), "target": torch.empty(0)}, note="N = 0")
    yield Case(
        "float64",
        {
            "pred": randn(generator, 4, 1, dtype=torch.float64),
            "target": randn(generator, 4, dtype=torch.float64),
        },
    )
    yield Case(
        "hidden: large values",
        {"pred": randn(generator, 9, 1, scale=1e3), "target": randn(generator, 9, scale=1e3)},
        hidden=True,
    )
    yield Case(
        "non-contiguous target",
        {"pred": randn(generator, 5, 1), "target": noncontiguous(randn(generator, 5))},
        note="a strided view",
    )


CHECK = Check(entry="squared_errors", cases=cases, seed=6, tolerance={"float32": (1e-5, 1e-6)})
