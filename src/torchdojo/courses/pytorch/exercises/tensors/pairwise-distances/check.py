"""Check spec for tensors/pairwise-distances: random shapes, edge sizes, float64, non-contiguous, large values."""

import torch

from torchdojo.grader.spec import Bug, Case, Check, noncontiguous, randn


def cases(generator):
    for index, (n, m, d) in enumerate([(5, 4, 3), (7, 2, 16), (1, 6, 2)]):
        yield Case(f"random a {n}×{d}, b {m}×{d}", {"a": randn(generator, n, d), "b": randn(generator, m, d)})
    yield Case("one point each", {"a": randn(generator, 1, 3), "b": randn(generator, 1, 3)}, note="N = M = 1")
    yield Case(
        "empty a", {"a": torch.empty(0, 3), "b": randn(generator, 4, 3)}, note="N = 0: the result is (0, M)"
    )
    yield Case(
        "empty b", {"a": randn(generator, 2, 3), "b": torch.empty(0, 3)}, note="M = 0: the result is (N, 0)"
    )
    yield Case(
        "zero-dimensional points",
        {"a": torch.empty(3, 0), "b": torch.empty(2, 0)},
        note="D = 0: every distance is 0",
    )
    yield Case(
        "float64 inputs",
        {"a": randn(generator, 4, 5, dtype=torch.float64), "b": randn(generator, 3, 5, dtype=torch.float64)},
        note="float64 in, float64 out",
    )
    yield Case(
        "non-contiguous inputs",
        {"a": noncontiguous(randn(generator, 6, 4)), "b": noncontiguous(randn(generator, 5, 4))},
        note="transposed views",
    )
    yield Case(
        "large values",
        {"a": randn(generator, 3, 4, scale=1e6), "b": randn(generator, 2, 4, scale=1e6)},
        hidden=True,
    )
    yield Case("hidden random", {"a": randn(generator, 9, 8), "b": randn(generator, 11, 8)}, hidden=True)


def squared(got, expected, case):
    return (
        got.tensor is not None
        and got.shape == expected.shape
        and torch.allclose(got.tensor.double(), expected.tensor.double() ** 2, rtol=1e-3, atol=1e-4)
    )


CHECK = Check(
    entry="pairwise_distances",
    cases=cases,
    seed=2024,
    tolerance={"float32": (1e-4, 1e-4)},
    bugs=(Bug("forgot-sqrt", "These are the squared distances: take the square root at the end.", squared),),
)
