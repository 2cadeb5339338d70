"""Check spec for broadcasting/batched-affine: B != N and B == N, N of 0 and 1, D = 3, float64."""

import torch

from torchdojo.grader.spec import Bug, Case, Check, noncontiguous, randn


def affine_case(name, generator, b, n, d, *, dtype=torch.float32, hidden=False, note=""):
    args = {
        "points": randn(generator, b, n, d, dtype=dtype),
        "A": randn(generator, b, d, d, dtype=dtype),
        "t": randn(generator, b, d, dtype=dtype, scale=5.0),
    }
    return Case(name, args, hidden=hidden, note=note)


def cases(generator):
    yield affine_case("B=2, N=5, D=2", generator, 2, 5, 2)
    yield affine_case("B=3, N=3, D=3", generator, 3, 3, 3, note="B = N")
    yield affine_case("one cloud", generator, 1, 4, 2, note="B = 1")
    yield affine_case("one point each", generator, 4, 1, 3, note="N = 1")
    yield affine_case("empty clouds", generator, 2, 0, 2, note="N = 0: the result is (2, 0, 2)")
    yield affine_case("float64", generator, 2, 3, 4, dtype=torch.float64, note="float64 in, float64 out")
    yield Case(
        "non-contiguous A",
        {
            "points": randn(generator, 2, 3, 2),
            "A": noncontiguous(randn(generator, 2, 2, 2)),
            "t": randn(generator, 2, 2),
        },
    )
    yield affine_case("hidden bigger", generator, 6, 20, 3, hidden=True)


def plain(value):
    return value.kwargs["tensor"] if hasattr(value, "kwargs") else value


def not_transposed(got, expected, case):
    points, A, t = (plain(case.args[k]).double() for k in ("points", "A", "t"))
    return torch.allclose(got.tensor.double(), points @ A + t[:, None, :], rtol=1e-4, atol=1e-4)


CHECK = Check(
    entry="batched_affine",
    cases=cases,
    seed=109,
    tolerance={"float32": (1e-4, 1e-4)},
    bugs=(
        Bug(
            "A-not-transposed",
            "You computed points @ A, which applies A's transpose to each point. With points as rows, A @ p for every row is points @ A.transpose(1, 2).",
            not_transposed,
        ),
    ),
)
