"""Check spec for modules/mlp-forward: random sizes, B of 0 and 1, float64, non-contiguous weights."""

import torch

from torchdojo.grader.spec import Bug, Case, Check, noncontiguous, randn


def mlp_case(name, generator, b, d_in, h, d_out, *, dtype=torch.float32, hidden=False, note="", view=False):
    w1 = randn(generator, h, d_in, dtype=dtype)
    args = {
        "x": randn(generator, b, d_in, dtype=dtype),
        "w1": noncontiguous(w1) if view else w1,
        "b1": randn(generator, h, dtype=dtype),
        "w2": randn(generator, d_out, h, dtype=dtype),
        "b2": randn(generator, d_out, dtype=dtype),
    }
    return Case(name, args, hidden=hidden, note=note)


def cases(generator):
    yield mlp_case("B=4, 3 → 5 → 2", generator, 4, 3, 5, 2)
    yield mlp_case("B=2, 6 → 4 → 3", generator, 2, 6, 4, 3)
    yield mlp_case("one sample", generator, 1, 3, 7, 1, note="B = 1")
    yield mlp_case("empty batch", generator, 0, 3, 4, 2, note="B = 0: the result is (0, D_out)")
    yield mlp_case("float64", generator, 3, 4, 6, 2, dtype=torch.float64, note="float64 in, float64 out")
    yield mlp_case("non-contiguous w1", generator, 3, 5, 4, 2, view=True, note="w1 is a transposed view")
    yield mlp_case("hidden: bigger", generator, 16, 10, 32, 4, hidden=True)


LINEAR = {}  # case name -> the output without ReLU: computed once, not on every grading


def without_relu(got, expected, case):
    if case.name not in LINEAR:
        a = case.args
        w1 = a["w1"].kwargs["tensor"] if hasattr(a["w1"], "kwargs") else a["w1"]
        LINEAR[case.name] = ((a["x"] @ w1.T + a["b1"]) @ a["w2"].T + a["b2"]).double()  # (B, D_out), no ReLU
    return got.shape == expected.shape and torch.allclose(
        got.tensor.double(), LINEAR[case.name], rtol=1e-4, atol=1e-4
    )


CHECK = Check(
    entry="mlp_forward",
    cases=cases,
    seed=31,
    tolerance={"float32": (1e-4, 1e-5)},
    bugs=(
        Bug(
            "no-relu",
            "Your output is the two linear layers with nothing between them: apply ReLU to the hidden layer, h = relu(x @ w1.T + b1).",
            without_relu,
        ),
    ),
)
