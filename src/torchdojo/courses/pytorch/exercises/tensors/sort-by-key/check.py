"""Check spec for tensors/sort-by-key: float and int values, N of 0 and 1, L of 1, non-contiguous keys and values."""

import torch

from torchdojo.grader.spec import Bug, Case, Check, noncontiguous, randint, randn


def cases(generator):
    yield Case("4×5 floats", {"values": randn(generator, 4, 5), "keys": randn(generator, 4, 5)})
    yield Case("3×6 ints", {"values": randint(generator, -50, 50, 3, 6), "keys": randn(generator, 3, 6)})
    yield Case("one row", {"values": randn(generator, 1, 7), "keys": randn(generator, 1, 7)}, note="N = 1")
    yield Case("one column", {"values": randn(generator, 5, 1), "keys": randn(generator, 5, 1)}, note="L = 1")
    yield Case("no rows", {"values": torch.empty(0, 4), "keys": torch.empty(0, 4)}, note="N = 0")
    yield Case(
        "float64 values",
        {"values": randn(generator, 3, 4, dtype=torch.float64), "keys": randn(generator, 3, 4)},
    )
    yield Case(
        "non-contiguous",
        {"values": noncontiguous(randn(generator, 6, 3)), "keys": noncontiguous(randn(generator, 6, 3))},
    )
    yield Case(
        "hidden: 16×10",
        {"values": randint(generator, 0, 1000, 16, 10), "keys": randn(generator, 16, 10)},
        hidden=True,
    )


def sorted_values(got, expected, case):
    """The values were sorted by themselves, not by the keys."""
    return got.shape == expected.shape and torch.equal(got.tensor, expected.tensor.sort(dim=1).values)


def every_order(got, expected, case):
    """values[:, order] applies every row's order to every row: (N, N, L)."""
    n, length = expected.shape
    return got.shape == (n, n, length)


CHECK = Check(
    entry="sort_by_key",
    cases=cases,
    seed=23,
    exact=True,
    bugs=(
        Bug(
            "every-order",
            "values[:, order] applies every row's order to every row, giving (N, N, L). Apply row i's order to row i only: torch.take_along_dim(values, order, dim=1).",
            every_order,
        ),
        Bug(
            "sorted-values",
            "Each row is sorted by its own values; the order must come from the keys (keys.argsort), applied to the values.",
            sorted_values,
        ),
    ),
)
