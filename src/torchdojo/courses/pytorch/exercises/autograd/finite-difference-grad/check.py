"""Check spec for autograd/finite-difference-grad: float64 problems, several eps, D or M of 1.

The reference computes the same central differences, so the comparison can be tight: a forward difference is
off by O(eps), far outside the tolerance.
"""

import torch

from torchdojo.grader.spec import Bug, Case, Check, randn


def fd_case(name, generator, m, d, eps, *, hidden=False, note=""):
    args = {
        "A": randn(generator, m, d, dtype=torch.float64, scale=0.7),
        "x": randn(generator, d, dtype=torch.float64),
        "eps": eps,
    }
    return Case(name, args, hidden=hidden, note=note)


def cases(generator):
    yield fd_case("M=4, D=3, eps 1e-3", generator, 4, 3, 1e-3)
    yield fd_case("M=2, D=6, eps 1e-4", generator, 2, 6, 1e-4)
    yield fd_case("one coordinate", generator, 3, 1, 1e-3, note="D = 1")
    yield fd_case("one output", generator, 1, 4, 1e-3, note="M = 1")
    yield fd_case(
        "coarse step", generator, 5, 3, 1e-2, note="eps = 0.01: central differences are still close"
    )
    yield fd_case("hidden bigger", generator, 8, 10, 1e-3, hidden=True)


def forward_difference(got, expected, case):
    A, x, eps = case.args["A"], case.args["x"], case.args["eps"]
    f = lambda p: torch.tanh(p @ A.T).sum(dim=-1)  # noqa: E731
    steps = eps * torch.eye(x.shape[0], dtype=x.dtype)
    return torch.allclose(got.tensor.double(), (f(x + steps) - f(x)) / eps, rtol=1e-6, atol=1e-9)


CHECK = Check(
    entry="numerical_gradient",
    cases=cases,
    seed=304,
    tolerance={"float64": (1e-6, 1e-9)},
    bugs=(
        Bug(
            "forward-difference",
            "These are forward differences, (f(x + eps) − f(x)) / eps, accurate only to O(eps). Use central differences, (f(x + eps) − f(x − eps)) / (2 eps).",
            forward_difference,
        ),
    ),
)
