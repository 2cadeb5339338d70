"""Check spec for losses/huber-loss: both regimes, several deltas, each reduction, outliers."""

import torch
import torch.nn.functional as F

from torchdojo.grader.spec import Bug, Case, Check, randn


def cases(generator):
    yield Case(
        "delta 1, mean", {"prediction": randn(generator, 5, 4, scale=2.0), "target": randn(generator, 5, 4)}
    )
    yield Case(
        "delta 0.5, none",
        {
            "prediction": randn(generator, 8, scale=2.0),
            "target": randn(generator, 8),
            "delta": 0.5,
            "reduction": "none",
        },
        note="errors above 0.5 are in the linear part",
    )
    yield Case(
        "delta 2, sum",
        {
            "prediction": randn(generator, 3, 3, scale=3.0),
            "target": randn(generator, 3, 3),
            "delta": 2.0,
            "reduction": "sum",
        },
    )
    yield Case(
        "exactly at delta",
        {"prediction": torch.tensor([1.0, -1.0, 0.0]), "target": torch.zeros(3), "reduction": "none"},
        note="e = delta: both formulas give 0.5 * delta**2",
    )
    yield Case(
        "hidden: outliers",
        {"prediction": randn(generator, 4, 6, scale=50.0), "target": randn(generator, 4, 6), "delta": 1.5},
        hidden=True,
    )


def smooth_l1(got, expected, case):
    a = case.args
    delta, reduction = a.get("delta", 1.0), a.get("reduction", "mean")
    if delta == 1.0:
        return False
    wrong = F.smooth_l1_loss(a["prediction"], a["target"], reduction=reduction, beta=delta)
    return got.shape == expected.shape and torch.allclose(got.tensor, wrong, rtol=1e-4, atol=1e-5)


CHECK = Check(
    entry="huber_loss",
    cases=cases,
    seed=103,
    tolerance={"float32": (1e-4, 1e-4)},
    bugs=(
        Bug(
            "smooth-l1",
            "This is smooth L1 (the Huber loss divided by delta). Huber keeps 0.5 * e**2 below delta and delta * (e - 0.5 * delta) above it.",
            smooth_l1,
        ),
    ),
)
