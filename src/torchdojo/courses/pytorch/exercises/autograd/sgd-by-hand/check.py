"""Check spec for autograd/sgd-by-hand: a few steps on small problems, one step, zero steps, float64."""

import torch

from torchdojo.grader.spec import Bug, Case, Check, randn


def sgd_case(name, generator, n, d, lr, steps, *, dtype=torch.float32, hidden=False, note=""):
    args = {
        "w": randn(generator, d, dtype=dtype),
        "X": randn(generator, n, d, dtype=dtype),
        "y": randn(generator, n, dtype=dtype),
        "lr": lr,
        "steps": steps,
    }
    return Case(name, args, hidden=hidden, note=note)


def cases(generator):
    yield sgd_case("N=10, D=3, 5 steps", generator, 10, 3, 0.1, 5)
    yield sgd_case("N=6, D=4, 4 steps", generator, 6, 4, 0.05, 4)
    yield sgd_case("one step", generator, 5, 2, 0.1, 1, note="a single step: no gradient to accumulate yet")
    yield sgd_case("no steps", generator, 4, 3, 0.1, 0, note="steps = 0: w comes back unchanged")
    yield sgd_case("float64", generator, 8, 3, 0.1, 3, dtype=torch.float64)
    yield sgd_case("hidden longer run", generator, 20, 5, 0.05, 8, hidden=True)


def accumulated(got, expected, case):
    args = case.args
    if args["steps"] < 2:
        return False
    w, X, y = args["w"].double(), args["X"].double(), args["y"].double()
    total = torch.zeros_like(w)
    for _ in range(args["steps"]):
        total = total + 2 * X.T @ (X @ w - y) / X.shape[0]
        w = w - args["lr"] * total
    return torch.allclose(got.tensor.double(), w, rtol=1e-3, atol=1e-4)


CHECK = Check(
    entry="sgd_steps",
    cases=cases,
    seed=308,
    tolerance={"float32": (1e-4, 1e-5)},
    bugs=(
        Bug(
            "grad-not-reset",
            "Your steps used the running sum of all gradients so far: .grad accumulates across backward calls. Reset it after each update (w.grad.zero_() or w.grad = None).",
            accumulated,
        ),
    ),
)
