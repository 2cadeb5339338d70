"""Check spec for modules/residual-block: random sizes, T = 1, float64, large activations."""

import torch
import torch.nn.functional as F

from torchdojo.grader.spec import Bug, Case, Check, randn


def block_case(name, generator, b, t, c, h, *, dtype=torch.float32, scale=1.0, hidden=False, note=""):
    args = {
        "x": randn(generator, b, t, c, dtype=dtype, scale=scale),
        "ln_weight": 1.0 + 0.1 * randn(generator, c, dtype=dtype),
        "ln_bias": 0.1 * randn(generator, c, dtype=dtype),
        "w1": randn(generator, h, c, dtype=dtype, scale=c**-0.5),
        "b1": 0.1 * randn(generator, h, dtype=dtype),
        "w2": randn(generator, c, h, dtype=dtype, scale=h**-0.5),
        "b2": 0.1 * randn(generator, c, dtype=dtype),
    }
    return Case(name, args, hidden=hidden, note=note)


def cases(generator):
    yield block_case("B=2, T=3, C=4, H=8", generator, 2, 3, 4, 8)
    yield block_case("one position", generator, 3, 1, 4, 4, note="T = 1")
    yield block_case("float64", generator, 2, 2, 8, 16, dtype=torch.float64, note="float64 in, float64 out")
    yield block_case(
        "large activations",
        generator,
        2,
        3,
        4,
        8,
        scale=100.0,
        note="the residual keeps the scale of x; the MLP branch sees normalized values",
    )
    yield block_case("hidden: bigger", generator, 4, 8, 16, 64, hidden=True)


def mlp_branch(a, h):
    return torch.relu(h @ a["w1"].T + a["b1"]) @ a["w2"].T + a["b2"]


WRONG = {}  # (bug, case name) -> the wrong block's output: computed once, not on every grading


def wrong_output(bug, case):
    if (bug, case.name) not in WRONG:
        a = case.args
        c = (a["x"].shape[-1],)
        if bug == "no-residual":
            wrong = mlp_branch(a, F.layer_norm(a["x"], c, a["ln_weight"], a["ln_bias"]))
        else:  # post-norm
            wrong = F.layer_norm(a["x"] + mlp_branch(a, a["x"]), c, a["ln_weight"], a["ln_bias"])
        WRONG[bug, case.name] = wrong.double()
    return WRONG[bug, case.name]


def no_residual(got, expected, case):
    branch = wrong_output("no-residual", case)
    return got.shape == expected.shape and torch.allclose(got.tensor.double(), branch, rtol=1e-4, atol=1e-4)


def post_norm(got, expected, case):
    wrong = wrong_output("post-norm", case)
    return got.shape == expected.shape and torch.allclose(got.tensor.double(), wrong, rtol=1e-4, atol=1e-4)


CHECK = Check(
    entry="residual_block",
    cases=cases,
    seed=41,
    tolerance={"float32": (1e-4, 1e-5)},
    bugs=(
        Bug(
            "no-residual",
            "Your output is the MLP branch alone: add the block's input back, out = x + MLP(LayerNorm(x)).",
            no_residual,
        ),
        Bug(
            "post-norm",
            "This is the post-norm layout, LayerNorm(x + MLP(x)). A pre-norm block normalizes the branch's input and leaves the sum alone: x + MLP(LayerNorm(x)).",
            post_norm,
        ),
    ),
)
