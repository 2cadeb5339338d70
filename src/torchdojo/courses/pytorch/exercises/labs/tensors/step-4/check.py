"""Check spec for labs/tensors/step-4: some rows kept, none kept, all kept."""

import torch

from torchdojo.grader.spec import Case, Check, randn


def cases(generator):
    yield Case("some rows", {"x": randn(generator, 6, 3), "threshold": 0.0})
    yield Case(
        "no row qualifies", {"x": randn(generator, 4, 2), "threshold": 100.0}, note="K = 0: shape (0, 2)"
    )
    yield Case(
        "a row exactly at the threshold",
        {"x": torch.tensor([[1.0, 1.0], [5.0, 0.0], [0.5, 1.0]]), "threshold": 1.5},
        note="row sums 2.0, 5.0 and 1.5: the last one is not above 1.5",
    )
    yield Case("every row qualifies", {"x": randn(generator, 3, 4) + 5, "threshold": 1.0})
    yield Case("hidden: many rows", {"x": randn(generator, 30, 5), "threshold": 0.5}, hidden=True)


CHECK = Check(entry="rows_above", cases=cases, exact=True)
