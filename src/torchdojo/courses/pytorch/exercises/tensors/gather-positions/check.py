"""Check spec for tensors/gather-positions: random shapes, repeats, K of 0, B and D of 1, float64, non-contiguous."""

import torch

from torchdojo.grader.spec import Bug, Case, Check, noncontiguous, randint, randn


def cases(generator):
    yield Case("B=3 T=5 D=4, K=2", {"x": randn(generator, 3, 5, 4), "index": randint(generator, 0, 5, 3, 2)})
    yield Case("B=2 T=7 D=3, K=5", {"x": randn(generator, 2, 7, 3), "index": randint(generator, 0, 7, 2, 5)})
    yield Case(
        "repeated positions",
        {"x": randn(generator, 2, 4, 3), "index": torch.tensor([[1, 1, 3], [0, 2, 0]])},
        note="a position may be picked twice",
    )
    yield Case(
        "one sequence",
        {"x": randn(generator, 1, 6, 2), "index": randint(generator, 0, 6, 1, 3)},
        note="B = 1",
    )
    yield Case(
        "one feature", {"x": randn(generator, 3, 4, 1), "index": randint(generator, 0, 4, 3, 2)}, note="D = 1"
    )
    yield Case(
        "no positions",
        {"x": randn(generator, 2, 3, 4), "index": torch.empty(2, 0, dtype=torch.int64)},
        note="K = 0: the result is (2, 0, 4)",
    )
    yield Case(
        "float64",
        {"x": randn(generator, 2, 5, 3, dtype=torch.float64), "index": randint(generator, 0, 5, 2, 4)},
    )
    yield Case(
        "non-contiguous",
        {"x": noncontiguous(randn(generator, 3, 6, 5)), "index": randint(generator, 0, 6, 3, 2)},
        note="a view with swapped strides",
    )
    yield Case(
        "hidden: B=8 T=16 D=6, K=5",
        {"x": randn(generator, 8, 16, 6), "index": randint(generator, 0, 16, 8, 5)},
        hidden=True,
    )


def every_batch(got, expected, case):
    """x[:, index] pairs every sequence with every row of index: (B, B, K, D)."""
    b, k, d = expected.shape
    return got.shape == (b, b, k, d)


CHECK = Check(
    entry="gather_positions",
    cases=cases,
    seed=19,
    exact=True,
    bugs=(
        Bug(
            "every-batch",
            "x[:, index] looks up every row of index in every sequence, giving (B, B, K, D). Pair the batch index too: x[torch.arange(B)[:, None], index], or use gather.",
            every_batch,
        ),
    ),
)
