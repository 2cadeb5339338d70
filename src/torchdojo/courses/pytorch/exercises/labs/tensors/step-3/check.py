"""Check spec for labs/tensors/step-3: centring must use per-column means and leave x alone."""

import torch

from torchdojo.grader.spec import Bug, Case, Check, randn


def cases(generator):
    yield Case("3 × 2", {"x": randn(generator, 3, 2) + torch.tensor([5.0, -2.0])})
    yield Case("5 × 4", {"x": randn(generator, 5, 4) * 2 + 1})
    yield Case("one row", {"x": randn(generator, 1, 3)}, note="N = 1: everything becomes 0")
    yield Case("hidden: 40 × 6", {"x": randn(generator, 40, 6, scale=10.0) + 3}, hidden=True)


def global_mean(got, expected, case):
    x = case.args["x"]
    return got.shape == expected.shape and torch.allclose(got.tensor, x - x.mean(), atol=1e-4)


CHECK = Check(
    entry="center_columns",
    cases=cases,
    bugs=(
        Bug(
            "global-mean",
            "You subtracted one mean of the whole tensor. Each column needs its own mean: x.mean(dim=0).",
            global_mean,
        ),
    ),
)
