"""Check spec for autograd/manual-linear-grad: random shapes, B of 0 and 1, I or O of 1, float64."""

import torch

from torchdojo.grader.spec import Bug, Case, Check, noncontiguous, randn


def linear_case(name, generator, b, i, o, *, dtype=torch.float32, hidden=False, note=""):
    args = {
        "x": randn(generator, b, i, dtype=dtype),
        "w": randn(generator, o, i, dtype=dtype),
        "grad_out": randn(generator, b, o, dtype=dtype),
    }
    return Case(name, args, hidden=hidden, note=note)


def cases(generator):
    yield linear_case("B=4, I=3, O=2", generator, 4, 3, 2)
    yield linear_case("B=5, I=2, O=6", generator, 5, 2, 6)
    yield linear_case("one sample", generator, 1, 4, 3, note="B = 1")
    yield linear_case("one output", generator, 3, 5, 1, note="O = 1")
    yield linear_case("empty batch", generator, 0, 3, 2, note="B = 0: grad_w and grad_b are zeros")
    yield linear_case("float64", generator, 3, 4, 2, dtype=torch.float64, note="float64 in, float64 out")
    yield linear_case(
        "empty batch, float64", generator, 0, 2, 3, dtype=torch.float64, note="B = 0 with float64 inputs"
    )
    yield Case(
        "non-contiguous grad_out",
        {
            "x": randn(generator, 4, 3),
            "w": randn(generator, 2, 3),
            "grad_out": noncontiguous(randn(generator, 4, 2)),
        },
        note="a transposed view",
    )
    yield linear_case("hidden: bigger", generator, 16, 8, 5, hidden=True)


def bias_averaged(got, expected, case):
    grad_b = got.items[2]
    batch = case.args["x"].shape[0]
    return (
        batch > 1
        and grad_b.shape == expected.items[2].shape
        and torch.allclose(grad_b.tensor * batch, expected.items[2].tensor, rtol=1e-4, atol=1e-5)
    )


CHECK = Check(
    entry="linear_backward",
    cases=cases,
    seed=19,
    tolerance={"float32": (1e-4, 1e-5)},
    bugs=(
        Bug(
            "bias-averaged",
            "grad_b is the batch mean of grad_out: b is added to every row of y, so its gradient is the sum over the batch, grad_out.sum(dim=0).",
            bias_averaged,
        ),
    ),
)
