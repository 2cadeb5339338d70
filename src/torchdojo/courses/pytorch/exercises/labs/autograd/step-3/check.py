"""Check spec for labs/autograd/step-3: the second gradient must not contain the first."""

import torch

from torchdojo.grader.spec import Bug, Case, Check, randn


def pair(name, generator, n, f, hidden=False):
    args = {"w": randn(generator, f)}
    for suffix in "12":
        args[f"x{suffix}"] = randn(generator, n, f)
        args[f"y{suffix}"] = randn(generator, n)
    return Case(name, args, hidden=hidden)


def cases(generator):
    yield pair("two batches of 4, F=3", generator, 4, 3)
    yield pair("two batches of 8, F=2", generator, 8, 2)
    yield pair("hidden: F=6", generator, 16, 6, hidden=True)


def accumulated(got, expected, case):
    try:
        g1, g2 = expected.items[0].tensor, expected.items[1].tensor
        return torch.allclose(got.items[1].tensor, g1 + g2, rtol=1e-3, atol=1e-4)
    except (AttributeError, IndexError):
        return False


CHECK = Check(
    entry="two_gradients",
    cases=cases,
    bugs=(
        Bug(
            "accumulated",
            "Your second gradient is the sum of both batches' gradients: backward() added onto the first. Reset w.grad (w.grad = None) between the two.",
            accumulated,
        ),
    ),
)
