"""Check spec for autograd/mse-weight-grad: N != D, N = 1, D = 1, float64, large targets."""

import torch

from torchdojo.grader.spec import Bug, Case, Check, noncontiguous, randn


def reg_case(name, generator, n, d, *, dtype=torch.float32, scale=1.0, hidden=False, note=""):
    args = {
        "X": randn(generator, n, d, dtype=dtype),
        "y": randn(generator, n, dtype=dtype, scale=scale),
        "w": randn(generator, d, dtype=dtype),
    }
    return Case(name, args, hidden=hidden, note=note)


def cases(generator):
    yield reg_case("N=8, D=3", generator, 8, 3)
    yield reg_case("N=3, D=5", generator, 3, 5, note="more features than samples")
    yield reg_case("one sample", generator, 1, 4, note="N = 1")
    yield reg_case("one feature", generator, 6, 1, note="D = 1")
    yield reg_case("float64", generator, 10, 4, dtype=torch.float64, note="float64 in, float64 out")
    yield Case(
        "non-contiguous X",
        {"X": noncontiguous(randn(generator, 7, 3)), "y": randn(generator, 7), "w": randn(generator, 3)},
    )
    yield reg_case("hidden large targets", generator, 50, 6, scale=1e3, hidden=True)


def plain(value):
    return value.kwargs["tensor"] if hasattr(value, "kwargs") else value


def ratio(got, expected, factor):
    return got.shape == expected.shape and torch.allclose(
        got.tensor.double(), factor * expected.tensor.double(), rtol=1e-4, atol=1e-5
    )


CHECK = Check(
    entry="mse_weight_grad",
    cases=cases,
    seed=302,
    tolerance={"float32": (1e-4, 1e-4)},
    bugs=(
        Bug(
            "missing-two",
            "Your gradient is half the right one: d(r²)/dr = 2r, so keep the factor 2.",
            lambda got, expected, case: ratio(got, expected, 0.5),
        ),
        Bug(
            "sign-flipped",
            "Your gradient points the wrong way: with r = X @ w - y, dL/dw = 2 X.T @ r / N. Using y - X @ w flips the sign.",
            lambda got, expected, case: ratio(got, expected, -1.0),
        ),
        Bug(
            "summed",
            "Your gradient is N times too large: L is a mean over the N samples, so divide by N.",
            lambda got, expected, case: (
                plain(case.args["X"]).shape[0] > 1 and ratio(got, expected, plain(case.args["X"]).shape[0])
            ),
        ),
    ),
)
