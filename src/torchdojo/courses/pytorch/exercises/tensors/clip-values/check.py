"""Check spec for tensors/clip-values: random shapes and ranges, empty, float64, large values."""

import torch

from torchdojo.grader.spec import Case, Check, noncontiguous, randn


def cases(generator):
    yield Case("vector, [-1, 1]", {"x": randn(generator, 8), "low": -1.0, "high": 1.0})
    yield Case("matrix, [0, 0.5]", {"x": randn(generator, 3, 4), "low": 0.0, "high": 0.5})
    yield Case(
        "nothing to clip",
        {"x": torch.tensor([0.1, -0.2, 0.3]), "low": -5.0, "high": 5.0},
        note="all values already inside",
    )
    yield Case(
        "low == high",
        {"x": randn(generator, 2, 3), "low": 0.25, "high": 0.25},
        note="every value becomes 0.25",
    )
    yield Case("empty", {"x": torch.empty(0, 3), "low": -1.0, "high": 1.0})
    yield Case(
        "float64",
        {"x": randn(generator, 5, dtype=torch.float64), "low": -0.5, "high": 0.5},
        note="float64 in, float64 out",
    )
    yield Case(
        "hidden: large values",
        {"x": randn(generator, 4, 4, scale=1e6), "low": -10.0, "high": 10.0},
        hidden=True,
    )
    yield Case(
        "non-contiguous",
        {"x": noncontiguous(randn(generator, 4, 3)), "low": -0.5, "high": 0.5},
        note="a transposed view",
    )


CHECK = Check(entry="clip_values", cases=cases, seed=13, exact=True)
