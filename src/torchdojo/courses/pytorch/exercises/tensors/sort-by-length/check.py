"""Check spec for tensors/sort-by-length: distinct lengths, ties, already sorted, B of 1, T of 0, float64, non-contiguous."""

import torch

from torchdojo.grader.spec import Bug, Case, Check, noncontiguous, randint, randn


def cases(generator):
    yield Case("4 sequences", {"x": randn(generator, 4, 6, 3), "lengths": torch.tensor([3, 6, 1, 4])})
    yield Case(
        "ties",
        {"x": randn(generator, 6, 5, 2), "lengths": torch.tensor([2, 5, 2, 5, 1, 2])},
        note="equal lengths keep their original order",
    )
    yield Case("random lengths", {"x": randn(generator, 8, 7, 2), "lengths": randint(generator, 1, 8, 8)})
    yield Case("already sorted", {"x": randn(generator, 3, 4, 2), "lengths": torch.tensor([4, 3, 1])})
    yield Case("one sequence", {"x": randn(generator, 1, 3, 4), "lengths": torch.tensor([2])}, note="B = 1")
    yield Case("no time steps", {"x": torch.empty(3, 0, 2), "lengths": torch.tensor([0, 0, 0])}, note="T = 0")
    yield Case(
        "float64",
        {"x": randn(generator, 5, 3, 2, dtype=torch.float64), "lengths": randint(generator, 1, 4, 5)},
    )
    yield Case(
        "non-contiguous",
        {"x": noncontiguous(randn(generator, 5, 4, 3)), "lengths": randint(generator, 1, 5, 5)},
    )
    yield Case(
        "hidden: 32 sequences",
        {"x": randn(generator, 32, 10, 2), "lengths": randint(generator, 1, 11, 32)},
        hidden=True,
    )


def ascending(got, expected, case):
    """Shortest first."""
    lengths = got.items[1].tensor
    return (
        lengths.numel() > 1
        and bool((lengths[1:] >= lengths[:-1]).all())
        and not torch.equal(lengths, expected.items[1].tensor)
    )


def ties_reversed(got, expected, case):
    """Right lengths, but equal lengths in the wrong order: an ascending sort flipped."""
    return torch.equal(got.items[1].tensor, expected.items[1].tensor) and not torch.equal(
        got.items[2].tensor, expected.items[2].tensor
    )


CHECK = Check(
    entry="sort_by_length",
    cases=cases,
    seed=45,
    exact=True,
    bugs=(
        Bug(
            "shortest-first",
            "Your lengths go from shortest to longest; the longest sequence must come first (descending=True).",
            ascending,
        ),
        Bug(
            "ties-reversed",
            "Equal lengths are in reverse order: flipping an ascending sort reverses the ties too. Sort with descending=True, stable=True.",
            ties_reversed,
        ),
    ),
)
