"""Check spec for tensors/row-ranks: random shapes, square input, N of 0 and 1, L of 1, ints, float64, non-contiguous."""

import torch

from torchdojo.grader.spec import Bug, Case, Check, noncontiguous, randn


def distinct_ints(generator, n, length):
    return torch.stack(
        [torch.randperm(100, generator=generator)[:length] for _ in range(n)]
    )  # no ties in a row


def cases(generator):
    yield Case("4×5", {"x": randn(generator, 4, 5)})
    yield Case("2×8", {"x": randn(generator, 2, 8)})
    yield Case("square", {"x": randn(generator, 4, 4)}, note="N = L")
    yield Case("int64 scores", {"x": distinct_ints(generator, 3, 6)})
    yield Case("one row", {"x": randn(generator, 1, 6)}, note="N = 1")
    yield Case("one column", {"x": randn(generator, 5, 1)}, note="L = 1: all ranks are 0")
    yield Case("no rows", {"x": torch.empty(0, 3)}, note="N = 0")
    yield Case("float64", {"x": randn(generator, 3, 5, dtype=torch.float64)})
    yield Case("non-contiguous", {"x": noncontiguous(randn(generator, 6, 4))})
    yield Case("hidden: 20×12", {"x": randn(generator, 20, 12, scale=1e6)}, hidden=True)


def order_not_rank(got, expected, case):
    """argsort once: the sorting permutation instead of its inverse."""
    return got.shape == expected.shape and torch.equal(got.tensor, expected.tensor.argsort(dim=1))


CHECK = Check(
    entry="row_ranks",
    cases=cases,
    seed=44,
    exact=True,
    bugs=(
        Bug(
            "order-not-rank",
            "That is the sorting order (which column comes k-th), not the ranks (where each column comes). Invert the permutation: argsort it once more.",
            order_not_rank,
        ),
    ),
)
