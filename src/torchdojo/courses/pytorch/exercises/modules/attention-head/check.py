"""Check spec for modules/attention-head: causal and not, T = 1, D ≠ C, float64, large activations."""

import math

import torch

from torchdojo.grader.spec import Bug, Case, Check, randn


def head_case(
    name, generator, b, t, c, d, *, causal=None, dtype=torch.float32, scale=1.0, hidden=False, note=""
):
    args = {"x": randn(generator, b, t, c, dtype=dtype, scale=scale)}
    for key in ("w_q", "w_k", "w_v"):
        args[key] = randn(generator, d, c, dtype=dtype, scale=c**-0.5)
    if causal is not None:
        args["causal"] = causal
    return Case(name, args, hidden=hidden, note=note)


def cases(generator):
    yield head_case("B=2, T=4, C=8, D=8", generator, 2, 4, 8, 8)
    yield head_case("causal", generator, 2, 5, 6, 4, causal=True, note="position i sees positions 0..i")
    yield head_case("head size ≠ width", generator, 1, 3, 8, 2, note="D = 2, C = 8: the scale is 1/sqrt(D)")
    yield head_case("one position, causal", generator, 3, 1, 4, 4, causal=True, note="T = 1")
    yield head_case("float64", generator, 2, 3, 4, 4, dtype=torch.float64, causal=True)
    yield head_case("hidden: large activations", generator, 2, 6, 16, 8, causal=True, scale=5.0, hidden=True)


def reference_with(a, *, dim=-1, scale="D"):
    """The reference with one thing changed: the softmax dim, or the scale ("D", "C" the width, None)."""
    q, k, v = a["x"] @ a["w_q"].T, a["x"] @ a["w_k"].T, a["x"] @ a["w_v"].T
    size = {"D": q.shape[-1], "C": a["x"].shape[-1], None: 1}[scale]
    scores = q @ k.transpose(-2, -1) / math.sqrt(size)
    if a.get("causal"):
        t = scores.shape[-1]
        scores = scores.masked_fill(torch.ones(t, t, dtype=torch.bool).triu(1), float("-inf"))
    return scores.softmax(dim=dim) @ v


def matches(got, wrong):
    return got.shape == tuple(wrong.shape) and torch.allclose(
        got.tensor.double(), wrong.double(), rtol=1e-4, atol=1e-5
    )


def scaled_by_width(got, expected, case):
    return case.args["x"].shape[-1] != case.args["w_q"].shape[0] and matches(
        got, reference_with(case.args, scale="C")
    )


CHECK = Check(
    entry="attention_head",
    cases=cases,
    seed=602,
    tolerance={"float32": (1e-4, 1e-5)},
    bugs=(
        Bug(
            "unscaled",
            "Your scores are not divided by sqrt(D), the head size.",
            lambda got, exp, case: matches(got, reference_with(case.args, scale=None)),
        ),
        Bug(
            "scaled-by-width",
            "Your scores are divided by sqrt(C), the width of x. Scale by 1/sqrt(D), the head size: the size of each query and key.",
            scaled_by_width,
        ),
        Bug(
            "softmax-over-queries",
            "Your softmax normalizes over the queries (dim=-2). Each query's weights over the keys must sum to 1: softmax(dim=-1).",
            lambda got, exp, case: matches(got, reference_with(case.args, dim=-2)),
        ),
    ),
)
