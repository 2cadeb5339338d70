"""Check spec for tensors/concat-features: Da ≠ Db, Da = Db, empty blocks, N of 0, float64, non-contiguous."""

import torch

from torchdojo.grader.spec import Bug, Case, Check, noncontiguous, randn


def cases(generator):
    yield Case("3×2 and 3×4", {"a": randn(generator, 3, 2), "b": randn(generator, 3, 4)})
    yield Case("5×1 and 5×3", {"a": randn(generator, 5, 1), "b": randn(generator, 5, 3)})
    yield Case("same widths", {"a": randn(generator, 4, 3), "b": randn(generator, 4, 3)}, note="Da = Db = 3")
    yield Case(
        "square blocks", {"a": randn(generator, 2, 2), "b": randn(generator, 2, 2)}, note="N = Da = Db"
    )
    yield Case("empty block", {"a": randn(generator, 3, 0), "b": randn(generator, 3, 2)}, note="Da = 0")
    yield Case("no rows", {"a": torch.empty(0, 2), "b": torch.empty(0, 5)}, note="N = 0: (0, 7)")
    yield Case(
        "float64",
        {"a": randn(generator, 2, 3, dtype=torch.float64), "b": randn(generator, 2, 2, dtype=torch.float64)},
    )
    yield Case(
        "non-contiguous",
        {"a": noncontiguous(randn(generator, 4, 3)), "b": noncontiguous(randn(generator, 4, 5))},
    )
    yield Case(
        "hidden: 20×7 and 20×9", {"a": randn(generator, 20, 7), "b": randn(generator, 20, 9)}, hidden=True
    )


def stacked_rows(got, expected, case):
    """cat along dim 0: a's rows, then b's rows."""
    a, b = case.args["a"], case.args["b"]
    return isinstance(a, torch.Tensor) and got.shape == (a.shape[0] + b.shape[0], a.shape[1])


CHECK = Check(
    entry="concat_features",
    cases=cases,
    seed=36,
    exact=True,
    bugs=(
        Bug(
            "rows-not-features",
            "You put b's rows under a's rows (dim 0). The samples stay; the features are joined along dim 1.",
            stacked_rows,
        ),
    ),
)
