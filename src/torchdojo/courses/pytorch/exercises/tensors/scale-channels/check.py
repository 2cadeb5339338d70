"""Check spec for tensors/scale-channels: C ≠ W, square maps, one channel, N of 0, float64, non-contiguous."""

import torch

from torchdojo.grader.spec import Bug, Case, Check, noncontiguous, randn


def cases(generator):
    yield Case("2×3×4×5", {"x": randn(generator, 2, 3, 4, 5), "weights": randn(generator, 3)})
    yield Case("1×4×2×6", {"x": randn(generator, 1, 4, 2, 6), "weights": randn(generator, 4)})
    yield Case(
        "C = H = W",
        {"x": randn(generator, 2, 3, 3, 3), "weights": randn(generator, 3)},
        note="shapes alone can't tell C from W",
    )
    yield Case(
        "one channel", {"x": randn(generator, 3, 1, 2, 2), "weights": randn(generator, 1)}, note="C = 1"
    )
    yield Case("no images", {"x": torch.empty(0, 2, 3, 3), "weights": randn(generator, 2)}, note="N = 0")
    yield Case(
        "float64",
        {
            "x": randn(generator, 2, 2, 3, 4, dtype=torch.float64),
            "weights": randn(generator, 2, dtype=torch.float64),
        },
    )
    yield Case(
        "non-contiguous",
        {"x": noncontiguous(randn(generator, 2, 5, 3, 4)), "weights": noncontiguous(randn(generator, 5))},
    )
    yield Case(
        "hidden: 4×8×5×7",
        {"x": randn(generator, 4, 8, 5, 7), "weights": randn(generator, 8, scale=100.0)},
        hidden=True,
    )


def scaled_width(got, expected, case):
    """x * weights with C = W: the weights went along the width."""
    x, weights = case.args["x"], case.args["weights"]
    if not isinstance(x, torch.Tensor) or x.shape[1] != x.shape[3] or got.shape != tuple(x.shape):
        return False
    return torch.allclose(got.tensor, x * weights)


CHECK = Check(
    entry="scale_channels",
    cases=cases,
    seed=34,
    tolerance={"float32": (1e-6, 1e-6)},
    bugs=(
        Bug(
            "scaled-width",
            "You scaled along the width: broadcasting aligns (C,) with the last dimension, W. Make weights (C, 1, 1).",
            scaled_width,
        ),
    ),
)
