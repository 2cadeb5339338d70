"""Check spec for autograd/retain-graph: random shapes, B = 1, H = 1, float64; names accumulated gradients."""

import torch

from torchdojo.grader.spec import Bug, Case, Check, randn


def graph_case(name, generator, b, i, h, *, dtype=torch.float32, hidden=False, note=""):
    return Case(
        name,
        {"w": randn(generator, i, h, dtype=dtype), "x": randn(generator, b, i, dtype=dtype)},
        hidden=hidden,
        note=note,
    )


def cases(generator):
    yield graph_case("B=4, I=3, H=5", generator, 4, 3, 5)
    yield graph_case("B=6, I=2, H=2", generator, 6, 2, 2)
    yield graph_case("one sample", generator, 1, 4, 3, note="B = 1")
    yield graph_case("one hidden unit", generator, 5, 3, 1, note="H = 1")
    yield graph_case("float64", generator, 3, 3, 4, dtype=torch.float64)
    yield graph_case("hidden bigger", generator, 16, 8, 6, hidden=True)


def summed(got, expected, case):
    total = expected.items[0].tensor.double() + expected.items[1].tensor.double()
    return any(torch.allclose(item.tensor.double(), total, rtol=1e-4, atol=1e-6) for item in got.items)


CHECK = Check(
    entry="two_gradients",
    cases=cases,
    seed=307,
    tolerance={"float32": (1e-4, 1e-6)},
    bugs=(
        Bug(
            "accumulated",
            "One of your gradients is the sum of both: .grad accumulates across backward calls. Copy the first gradient with .clone() and reset w_leaf.grad = None before the second backward.",
            summed,
        ),
    ),
)
