"""Check spec for autograd/quadratic-grad: non-symmetric A (the 2Ax trap), symmetric A, D of 0 and 1, float64."""

import torch

from torchdojo.grader.spec import Bug, Case, Check, noncontiguous, randn


def quad_case(name, generator, d, *, dtype=torch.float32, symmetric=False, scale=1.0, hidden=False, note=""):
    A = randn(generator, d, d, dtype=dtype)
    if symmetric:
        A = (A + A.T) / 2
    args = {"A": A, "b": randn(generator, d, dtype=dtype), "x": randn(generator, d, dtype=dtype, scale=scale)}
    return Case(name, args, hidden=hidden, note=note)


def cases(generator):
    yield quad_case("D=4", generator, 4)
    yield quad_case("D=7", generator, 7)
    yield quad_case("symmetric A", generator, 5, symmetric=True, note="here 2 A x happens to be right")
    yield quad_case("D=1", generator, 1)
    yield Case(
        "D=0", {"A": torch.empty(0, 0), "b": torch.empty(0), "x": torch.empty(0)}, note="an empty gradient"
    )
    yield quad_case("float64", generator, 6, dtype=torch.float64, note="float64 in, float64 out")
    yield Case(
        "non-contiguous A",
        {"A": noncontiguous(randn(generator, 4, 4)), "b": randn(generator, 4), "x": randn(generator, 4)},
    )
    yield quad_case("hidden large x", generator, 10, scale=100.0, hidden=True)


def plain(value):
    return value.kwargs["tensor"] if hasattr(value, "kwargs") else value


def assumed_symmetric(got, expected, case):
    A, b, x = (plain(case.args[k]).double() for k in ("A", "b", "x"))
    return torch.allclose(got.tensor.double(), 2 * A @ x + b, rtol=1e-4, atol=1e-4)


def one_side_only(got, expected, case):
    A, b, x = (plain(case.args[k]).double() for k in ("A", "b", "x"))
    return torch.allclose(got.tensor.double(), A @ x + b, rtol=1e-4, atol=1e-4) or torch.allclose(
        got.tensor.double(), A.T @ x + b, rtol=1e-4, atol=1e-4
    )


CHECK = Check(
    entry="quadratic_grad",
    cases=cases,
    seed=301,
    tolerance={"float32": (1e-4, 1e-4)},
    bugs=(
        Bug(
            "assumed-symmetric",
            "2 A x is the gradient only for a symmetric A. In general x_k appears in row k and column k of A: (A + A.T) @ x + b.",
            assumed_symmetric,
        ),
        Bug(
            "one-side-only",
            "You differentiated only one of the two places x appears in x A x: the gradient is (A + A.T) @ x + b.",
            one_side_only,
        ),
    ),
)
