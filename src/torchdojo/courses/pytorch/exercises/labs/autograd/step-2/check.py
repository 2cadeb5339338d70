"""Check spec for labs/autograd/step-2: several batch sizes; the sum-instead-of-mean slip is named."""

import torch

from torchdojo.grader.spec import Bug, Case, Check, randn


def regression(name, generator, n, f, hidden=False):
    return Case(
        name, {"w": randn(generator, f), "x": randn(generator, n, f), "y": randn(generator, n)}, hidden=hidden
    )


def cases(generator):
    yield regression("N=4, F=3", generator, 4, 3)
    yield regression("N=10, F=2", generator, 10, 2)
    yield regression("one sample", generator, 1, 5)
    yield regression("hidden: N=64, F=8", generator, 64, 8, hidden=True)


def summed(got, expected, case):
    n = case.args["x"].shape[0]
    return (
        n > 1
        and got.shape == expected.shape
        and torch.allclose(got.tensor, expected.tensor * n, rtol=1e-3, atol=1e-4)
    )


CHECK = Check(
    entry="mse_grad",
    cases=cases,
    bugs=(
        Bug(
            "summed",
            "Your gradient is N times too large: the loss summed the squared errors instead of averaging them. Use .mean().",
            summed,
        ),
    ),
)
