"""Check spec for tensors/topk-mask: random k, k of 0, 1 and C, N of 0 and 1, float64, non-contiguous."""

import torch

from torchdojo.grader.spec import Bug, Case, Check, noncontiguous, randn


def cases(generator):
    yield Case("5×6, k = 2", {"scores": randn(generator, 5, 6), "k": 2})
    yield Case("3×10, k = 4", {"scores": randn(generator, 3, 10), "k": 4})
    yield Case("k = 1", {"scores": randn(generator, 4, 5), "k": 1}, note="one True per row")
    yield Case("k = C", {"scores": randn(generator, 3, 4), "k": 4}, note="all True")
    yield Case("k = 0", {"scores": randn(generator, 3, 4), "k": 0}, note="all False")
    yield Case("one row", {"scores": randn(generator, 1, 8), "k": 3}, note="N = 1")
    yield Case("no rows", {"scores": torch.empty(0, 5), "k": 2}, note="N = 0")
    yield Case("float64", {"scores": randn(generator, 4, 6, dtype=torch.float64), "k": 3})
    yield Case("non-contiguous", {"scores": noncontiguous(randn(generator, 6, 7)), "k": 2})
    yield Case("hidden: 32×50, k = 5", {"scores": randn(generator, 32, 50), "k": 5}, hidden=True)


def smallest(got, expected, case):
    """The k smallest entries instead of the largest."""
    scores, k = case.args["scores"], case.args["k"]
    if not isinstance(scores, torch.Tensor) or got.shape != expected.shape or k == 0:
        return False
    index = scores.topk(k, dim=1, largest=False).indices
    return torch.equal(got.tensor.bool(), torch.zeros_like(scores, dtype=torch.bool).scatter(1, index, True))


CHECK = Check(
    entry="topk_mask",
    cases=cases,
    seed=42,
    exact=True,
    bugs=(
        Bug(
            "smallest-k",
            "You marked the k smallest scores: sort in descending order, or use topk (largest=True is its default).",
            smallest,
        ),
    ),
)
