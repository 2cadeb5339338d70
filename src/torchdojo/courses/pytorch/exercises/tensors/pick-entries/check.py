"""Check spec for tensors/pick-entries: random shapes and pairs, repeats, K of 0 and 1, float64, non-contiguous."""

import torch

from torchdojo.grader.spec import Bug, Case, Check, noncontiguous, randint, randn


def pairs(generator, n, m, k):
    return {"rows": randint(generator, 0, n, k), "cols": randint(generator, 0, m, k)}


def cases(generator):
    yield Case("6×4, 5 pairs", {"x": randn(generator, 6, 4), **pairs(generator, 6, 4, 5)})
    yield Case("3×8, 7 pairs", {"x": randn(generator, 3, 8), **pairs(generator, 3, 8, 7)})
    yield Case(
        "a repeated pair",
        {"x": randn(generator, 4, 4), "rows": torch.tensor([2, 0, 2]), "cols": torch.tensor([1, 3, 1])},
        note="the same entry twice",
    )
    yield Case("one pair", {"x": randn(generator, 5, 5), **pairs(generator, 5, 5, 1)}, note="K = 1")
    yield Case(
        "no pairs",
        {
            "x": randn(generator, 3, 2),
            "rows": torch.empty(0, dtype=torch.int64),
            "cols": torch.empty(0, dtype=torch.int64),
        },
        note="K = 0: the result is (0,)",
    )
    yield Case("float64", {"x": randn(generator, 4, 6, dtype=torch.float64), **pairs(generator, 4, 6, 4)})
    yield Case("non-contiguous", {"x": noncontiguous(randn(generator, 7, 5)), **pairs(generator, 7, 5, 6)})
    yield Case(
        "hidden: 20×30, 50 pairs",
        {"x": randn(generator, 20, 30), **pairs(generator, 20, 30, 50)},
        hidden=True,
    )


def block(got, expected, case):
    """x[rows][:, cols] is (K, K); its diagonal is the right answer."""
    k = expected.shape[0]
    return got.shape == (k, k) and torch.equal(got.tensor.diagonal(), expected.tensor)


CHECK = Check(
    entry="pick_entries",
    cases=cases,
    seed=17,
    exact=True,
    bugs=(
        Bug(
            "k-by-k-block",
            "You picked a K×K block (every col of every picked row); its diagonal is the answer. Index both dimensions in one bracket: x[rows, cols].",
            block,
        ),
    ),
)
