"""Check spec for losses/mse-loss: the three reductions, 3-D inputs, an empty batch, a bad reduction."""

import torch
import torch.nn.functional as F

from torchdojo.grader.spec import Bug, Case, Check, randn


def cases(generator):
    yield Case("mean over 4×3", {"prediction": randn(generator, 4, 3), "target": randn(generator, 4, 3)})
    yield Case(
        "sum",
        {"prediction": randn(generator, 5), "target": randn(generator, 5), "reduction": "sum"},
    )
    yield Case(
        "none keeps the shape",
        {"prediction": randn(generator, 2, 3, 2), "target": randn(generator, 2, 3, 2), "reduction": "none"},
    )
    yield Case(
        "mean over every element of (2, 3, 4)",
        {"prediction": randn(generator, 2, 3, 4), "target": randn(generator, 2, 3, 4)},
        note="mean divides by all 24 elements, not by the batch size",
    )
    yield Case(
        "empty, summed",
        {"prediction": torch.empty(0, 3), "target": torch.empty(0, 3), "reduction": "sum"},
        note="a sum over nothing is 0",
    )
    yield Case(
        "unknown reduction",
        {"prediction": randn(generator, 3), "target": randn(generator, 3), "reduction": "max"},
        raises="ValueError",
        note="only 'mean', 'sum' and 'none' are allowed",
    )
    yield Case(
        "hidden: large values",
        {"prediction": randn(generator, 6, 5, scale=100.0), "target": randn(generator, 6, 5, scale=100.0)},
        hidden=True,
    )


def rmse(got, expected, case):
    a = case.args
    if a.get("reduction", "mean") != "mean":
        return False
    wrong = torch.sqrt(F.mse_loss(a["prediction"], a["target"]))
    return got.shape == () and torch.allclose(got.tensor.double(), wrong.double(), rtol=1e-4, atol=1e-5)


CHECK = Check(
    entry="mse_loss",
    cases=cases,
    seed=101,
    tolerance={"float32": (1e-4, 1e-4)},
    bugs=(
        Bug("rmse", "You took a square root: that is the RMSE. MSE is the plain mean of the squares.", rmse),
    ),
)
