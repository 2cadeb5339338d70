"""Check spec for tensors/where-safe-log: zeros and negatives, 1-D to 3-D, empty, float64, non-contiguous, large values."""

import torch

from torchdojo.grader.spec import Bug, Case, Check, noncontiguous, randn


def with_zeros(generator, *shape, dtype=torch.float32):
    x = randn(generator, *shape, dtype=dtype)
    return torch.where(x.abs() < 0.5, torch.zeros_like(x), x)  # about a third of the entries are exactly 0


def cases(generator):
    yield Case("positive and negative", {"x": randn(generator, 4, 5)})
    yield Case("exact zeros", {"x": with_zeros(generator, 3, 6)}, note="log(0) must become 0, not -inf")
    yield Case("probabilities", {"x": torch.softmax(randn(generator, 2, 3, 4), dim=-1)}, note="all positive")
    yield Case("1-D", {"x": torch.tensor([1.0, 0.0, -3.0, 10.0])})
    yield Case("empty", {"x": torch.empty(0, 3)}, note="shape (0, 3)")
    yield Case(
        "float64", {"x": with_zeros(generator, 5, 3, dtype=torch.float64)}, note="float64 in, float64 out"
    )
    yield Case("non-contiguous", {"x": noncontiguous(with_zeros(generator, 4, 7))})
    yield Case("hidden: large values", {"x": randn(generator, 6, 6, scale=1e30)}, hidden=True)


def kept_negatives(got, expected, case):
    """log|x| instead of 0 for negative entries."""
    x = case.args["x"]
    if not isinstance(x, torch.Tensor) or got.shape != tuple(x.shape) or not bool((x < 0).any()):
        return False
    return torch.allclose(got.tensor[x < 0], x[x < 0].abs().log(), rtol=1e-4, atol=1e-5)


CHECK = Check(
    entry="safe_log",
    cases=cases,
    seed=24,
    tolerance={"float32": (1e-5, 1e-6)},
    bugs=(
        Bug(
            "negatives",
            "Negative entries must give 0 too: the condition is x > 0, not x != 0.",
            kept_negatives,
        ),
    ),
)
