"""Check spec for tensors/rows-above: random shapes and thresholds, none or all kept, N of 0 and 1, float64."""

import torch

from torchdojo.grader.spec import Bug, Case, Check, noncontiguous, randn


def cases(generator):
    yield Case("5×3, threshold 0", {"x": randn(generator, 5, 3), "threshold": 0.0})
    yield Case("8×6, threshold -0.2", {"x": randn(generator, 8, 6), "threshold": -0.2})
    yield Case(
        "mean equal to the threshold",
        {"x": torch.tensor([[1.0, 3.0], [2.0, 2.0], [5.0, 0.0]]), "threshold": 2.0},
        note="strictly greater: a mean of exactly 2 is dropped",
    )
    yield Case("none kept", {"x": randn(generator, 4, 3), "threshold": 10.0}, note="the result is (0, 3)")
    yield Case("all kept", {"x": randn(generator, 4, 3), "threshold": -10.0})
    yield Case("one row", {"x": randn(generator, 1, 4), "threshold": -10.0}, note="N = 1")
    yield Case("no rows", {"x": torch.empty(0, 3), "threshold": 0.0}, note="N = 0")
    yield Case("float64", {"x": randn(generator, 6, 2, dtype=torch.float64), "threshold": 0.1})
    yield Case("non-contiguous", {"x": noncontiguous(randn(generator, 7, 4)), "threshold": 0.0})
    yield Case("hidden: 40×9", {"x": randn(generator, 40, 9), "threshold": 0.05}, hidden=True)


def flattened(got, expected, case):
    return got.tensor is not None and got.tensor.dim() == 1 and expected.tensor.dim() == 2


CHECK = Check(
    entry="rows_above",
    cases=cases,
    seed=18,
    exact=True,
    bugs=(
        Bug(
            "element-mask",
            "Your result is 1-D: a mask shaped like x picks single entries and flattens them. Make one decision per row, an (N,) mask, to keep whole rows.",
            flattened,
        ),
    ),
)
