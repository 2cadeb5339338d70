"""Check spec for broadcasting/residual-shapes: the (N, N) accident, its averaged cover-up, N of 0 and 1."""

import torch

from torchdojo.grader.spec import Bug, Case, Check, randn


def cases(generator):
    yield Case("N=5", {"pred": randn(generator, 5, 1), "target": randn(generator, 5)})
    yield Case("N=8", {"pred": randn(generator, 8, 1), "target": randn(generator, 8)})
    yield Case(
        "one sample",
        {"pred": randn(generator, 1, 1), "target": randn(generator, 1)},
        note="N = 1: still (1,)",
    )
    yield Case("empty batch", {"pred": torch.empty(0, 1), "target": torch.empty(0)}, note="N = 0")
    yield Case(
        "float64",
        {
            "pred": randn(generator, 4, 1, dtype=torch.float64),
            "target": randn(generator, 4, dtype=torch.float64),
        },
    )
    yield Case(
        "hidden big values",
        {"pred": randn(generator, 30, 1, scale=1e5), "target": randn(generator, 30, scale=1e5)},
        hidden=True,
    )


def averaged_table(got, expected, case):
    table = case.args["pred"].double() - case.args["target"].double()  # (N, N)
    return got.shape == expected.shape and torch.allclose(
        got.tensor.double(), table.mean(dim=1), rtol=1e-4, atol=1e-5
    )


CHECK = Check(
    entry="residuals",
    cases=cases,
    seed=112,
    bugs=(
        Bug(
            "averaged-table",
            "Each result is a row mean of the (N, N) table pred - target: averaging hides the accidental broadcast but every sample is compared with every label. Squeeze pred to (N,) first.",
            averaged_table,
        ),
    ),
)
