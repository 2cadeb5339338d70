"""Check spec for modules/layer-norm: 2-D and 3-D inputs, a constant row, C = 1, custom eps, float64."""

import torch

from torchdojo.grader.spec import Bug, Case, Check, noncontiguous, randn


def norm_case(
    name, generator, shape, *, dtype=torch.float32, eps=None, hidden=False, note="", scale=1.0, view=False
):
    c = shape[-1]
    x = randn(generator, *shape, dtype=dtype, scale=scale) + 3.0  # an offset, so subtracting the mean matters
    args = {
        "x": noncontiguous(x) if view else x,
        "weight": randn(generator, c, dtype=dtype),
        "bias": randn(generator, c, dtype=dtype),
    }
    if eps is not None:
        args["eps"] = eps
    return Case(name, args, hidden=hidden, note=note)


def cases(generator):
    yield norm_case("4 rows, 6 features", generator, (4, 6))
    yield norm_case("(2, 3, 5) tokens", generator, (2, 3, 5), note="normalize over the last dimension only")
    yield norm_case("large eps", generator, (3, 4), eps=0.5, note="eps = 0.5 belongs inside the square root")
    yield Case(
        "constant rows",
        {"x": torch.full((2, 4), 7.0), "weight": torch.ones(4), "bias": torch.arange(4.0)},
        note="zero variance: the result is the bias",
    )
    yield norm_case("one feature", generator, (3, 1), note="C = 1: every normalized value is 0")
    yield norm_case("float64", generator, (3, 7), dtype=torch.float64, note="float64 in, float64 out")
    yield norm_case("non-contiguous", generator, (5, 4), view=True, note="a transposed view")
    yield norm_case("hidden: large values", generator, (4, 16), scale=1e3, hidden=True)


def unbiased(got, expected, case):
    a = {
        key: value.kwargs["tensor"] if hasattr(value, "kwargs") else value for key, value in case.args.items()
    }
    x = a["x"].double()
    if x.shape[-1] < 2:
        return False
    eps = a.get("eps", 1e-5)
    wrong = (x - x.mean(-1, keepdim=True)) / torch.sqrt(x.var(-1, keepdim=True, unbiased=True) + eps) * a[
        "weight"
    ].double() + a["bias"].double()
    return got.shape == expected.shape and torch.allclose(got.tensor.double(), wrong, rtol=1e-4, atol=1e-5)


CHECK = Check(
    entry="layer_norm",
    cases=cases,
    seed=37,
    tolerance={"float32": (1e-4, 1e-5)},
    bugs=(
        Bug(
            "unbiased-variance",
            "You used the unbiased variance (dividing by C − 1, the default of x.var()). Layer norm divides by C: x.var(dim=-1, unbiased=False).",
            unbiased,
        ),
    ),
)
