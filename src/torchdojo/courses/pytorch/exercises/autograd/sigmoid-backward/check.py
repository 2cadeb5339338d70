"""Check spec for autograd/sigmoid-backward: several shapes, saturated inputs, float64, empty, non-contiguous."""

import torch

from torchdojo.grader.spec import Bug, Case, Check, noncontiguous, randn


def pair(name, generator, *shape, dtype=torch.float32, scale=1.0, hidden=False, note=""):
    return Case(
        name,
        {
            "x": randn(generator, *shape, dtype=dtype, scale=scale),
            "grad_out": randn(generator, *shape, dtype=dtype),
        },
        hidden=hidden,
        note=note,
    )


def cases(generator):
    yield pair("(4, 3)", generator, 4, 3)
    yield pair("(2, 3, 5)", generator, 2, 3, 5)
    yield Case(
        "saturated",
        {"x": torch.tensor([-100.0, -90.0, -20.0, 0.0, 20.0, 100.0]), "grad_out": randn(generator, 6)},
        note="|x| up to 100: the gradient is tiny but finite",
    )
    yield pair("float64", generator, 3, 4, dtype=torch.float64, note="float64 in, float64 out")
    yield pair("empty", generator, 0, 3, note="no elements")
    yield Case(
        "non-contiguous", {"x": noncontiguous(randn(generator, 4, 5)), "grad_out": randn(generator, 4, 5)}
    )
    yield pair("hidden big", generator, 8, 16, scale=5.0, hidden=True)


def plain(value):
    return value.kwargs["tensor"] if hasattr(value, "kwargs") else value


def forgot_grad_out(got, expected, case):
    s = torch.sigmoid(plain(case.args["x"]).double())
    return torch.allclose(got.tensor.double(), s * (1 - s), rtol=1e-4, atol=1e-6)


def derivative_of_x(got, expected, case):
    x, g = plain(case.args["x"]).double(), plain(case.args["grad_out"]).double()
    return torch.allclose(got.tensor.double(), g * x * (1 - x), rtol=1e-4, atol=1e-6)


CHECK = Check(
    entry="sigmoid_backward",
    cases=cases,
    seed=303,
    tolerance={"float32": (1e-4, 1e-6)},
    bugs=(
        Bug(
            "forgot-grad-out",
            "You returned the sigmoid's local derivative alone: multiply it by grad_out (the chain rule).",
            forgot_grad_out,
        ),
        Bug(
            "derivative-of-x",
            "You used x (1 − x): the formula is σ(x)(1 − σ(x)), the sigmoid's output, not its input.",
            derivative_of_x,
        ),
    ),
)
