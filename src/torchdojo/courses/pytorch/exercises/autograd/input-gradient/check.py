"""Check spec for autograd/input-gradient: random shapes, B = 1, H = 1, float64, saturated tanh."""

import torch

from torchdojo.grader.spec import Bug, Case, Check, randn


def gradient_case(name, generator, b, d, h, *, dtype=torch.float32, scale=1.0, hidden=False, note=""):
    args = {
        "x": randn(generator, b, d, dtype=dtype, scale=scale),
        "w1": randn(generator, d, h, dtype=dtype),
        "w2": randn(generator, h, dtype=dtype),
    }
    return Case(name, args, hidden=hidden, note=note)


def cases(generator):
    yield gradient_case("B=4, D=3, H=5", generator, 4, 3, 5)
    yield gradient_case("B=2, D=6, H=2", generator, 2, 6, 2)
    yield gradient_case("one input", generator, 1, 4, 3, note="B = 1")
    yield gradient_case("one hidden unit", generator, 3, 2, 1, note="H = 1")
    yield gradient_case("float64", generator, 3, 4, 4, dtype=torch.float64, note="float64 in, float64 out")
    yield gradient_case(
        "saturated tanh",
        generator,
        3,
        3,
        3,
        scale=20.0,
        note="large inputs: tanh is flat, the gradient is tiny",
    )
    yield gradient_case("hidden: bigger", generator, 16, 8, 6, hidden=True)


def averaged(got, expected, case):
    batch = case.args["x"].shape[0]
    return (
        batch > 1
        and got.shape == expected.shape
        and torch.allclose(got.tensor * batch, expected.tensor, rtol=1e-4, atol=1e-6)
    )


CHECK = Check(
    entry="input_gradient",
    cases=cases,
    seed=29,
    tolerance={"float32": (1e-4, 1e-6)},
    bugs=(
        Bug(
            "averaged-scores",
            "Your gradient is B times too small: you averaged the scores. Sum them — each input's gradient should not depend on the batch size.",
            averaged,
        ),
    ),
)
