"""Check spec for transformers/multi-head-attention: shapes, causal and not, one head, T = 1, float64, large."""

import math

import torch

from torchdojo.grader.spec import Bug, Case, Check, noncontiguous, randn


def attention_case(
    name, generator, B, T, C, n_heads, causal, *, dtype=torch.float32, hidden=False, note="", view=False
):
    weight_scale = 1 / math.sqrt(C)  # keeps the projections O(1), so the softmax is neither flat nor one-hot
    x = randn(generator, B, T, C, dtype=dtype)
    args = {"x": noncontiguous(x) if view else x}
    for name_of in ("w_q", "w_k", "w_v", "w_o"):
        args[name_of] = randn(generator, C, C, dtype=dtype, scale=weight_scale)
    args.update(n_heads=n_heads, causal=causal)
    return Case(name, args, hidden=hidden, note=note)


def cases(generator):
    yield attention_case("B=2, T=5, C=8, 2 heads", generator, 2, 5, 8, 2, False)
    yield attention_case("B=2, T=5, C=8, 2 heads, causal", generator, 2, 5, 8, 2, True, note="causal=True")
    yield attention_case("one head", generator, 3, 4, 6, 1, False, note="n_heads = 1: hs = C")
    yield attention_case(
        "one position, causal",
        generator,
        2,
        1,
        8,
        4,
        True,
        note="T = 1: each position attends only to itself",
    )
    yield attention_case(
        "float64, causal", generator, 2, 6, 16, 4, True, dtype=torch.float64, note="float64 in, float64 out"
    )
    yield attention_case(
        "non-contiguous x", generator, 2, 4, 6, 2, True, view=True, note="x is a view with swapped strides"
    )
    yield attention_case("hidden: larger, 3 heads, causal", generator, 2, 9, 24, 3, True, hidden=True)


# ------------------------------------------------------------------------------------------ bug patterns
def plain(value):
    """A case argument as a tensor (non-contiguous views travel as Build("noncontiguous", tensor=...))."""
    return value.kwargs["tensor"] if hasattr(value, "kwargs") else value


VARIANTS = {}  # (case name, change) -> output: each variant is computed once, not on every grading


def variant(case, *, scale_by_channels=False, mask=True, project=True):
    """The reference computation with one deliberate change, in float64, for the bug tests below."""
    key = (case.name, scale_by_channels, mask, project)
    if key not in VARIANTS:
        VARIANTS[key] = _variant(case, scale_by_channels, mask, project)
    return VARIANTS[key]


def _variant(case, scale_by_channels, mask, project):
    a = {key: plain(value) for key, value in case.args.items()}
    a = {key: value.double() if isinstance(value, torch.Tensor) else value for key, value in a.items()}
    x, n_heads = a["x"], a["n_heads"]
    B, T, C = x.shape
    hs = C // n_heads
    q, k, v = (
        (x @ a[w]).view(B, T, n_heads, hs).transpose(1, 2) for w in ("w_q", "w_k", "w_v")
    )  # (B, nh, T, hs)
    scores = q @ k.transpose(-2, -1) / math.sqrt(C if scale_by_channels else hs)  # (B, nh, T, T)
    if a["causal"] and mask:
        scores = scores.masked_fill(torch.ones(T, T, dtype=torch.bool).triu(1), float("-inf"))
    out = (torch.softmax(scores, dim=-1) @ v).transpose(1, 2).reshape(B, T, C)  # (B, T, C)
    return out @ a["w_o"] if project else out


def matches(got, expected_tensor):
    return got.shape == tuple(expected_tensor.shape) and torch.allclose(
        got.tensor.double(), expected_tensor, rtol=1e-3, atol=1e-4
    )


def scaled_by_channels(got, expected, case):
    return case.args["n_heads"] > 1 and matches(got, variant(case, scale_by_channels=True))


def mask_ignored(got, expected, case):
    return case.args["causal"] and expected.shape[1] > 1 and matches(got, variant(case, mask=False))


def wrong_mask(got, expected, case):
    """Causal case, right shape, non-causal output not matched either: the mask hides the wrong positions."""
    if not case.args["causal"] or expected.shape[1] < 2 or got.shape != expected.shape:
        return False
    # position 0 sees only itself, so with a correct mask the first row equals the single-key result
    return not matches(got, variant(case, mask=False)) and not torch.allclose(
        got.tensor.double()[:, 0], expected.tensor.double()[:, 0], rtol=1e-3, atol=1e-4
    )


def no_output_projection(got, expected, case):
    return matches(got, variant(case, project=False))


CHECK = Check(
    entry="multi_head_attention",
    cases=cases,
    seed=36,
    tolerance={"float32": (1e-4, 1e-5), "float64": (1e-7, 1e-9)},
    bugs=(
        Bug(
            "scaled-by-channels",
            "Your scores are scaled by 1/sqrt(C), the full width. Each head works in hs = C // n_heads dimensions, so scale by 1/sqrt(hs).",
            scaled_by_channels,
        ),
        Bug(
            "causal-mask-ignored",
            "With causal=True your output equals plain (non-causal) attention: the mask was not applied. Fill the scores where key position > query position with -inf before the softmax.",
            mask_ignored,
        ),
        Bug(
            "causal-mask-wrong",
            "With causal=True your first position's output is already wrong — it should see only itself. Check which entries the mask hides: torch.ones(T, T).triu(diagonal=1) marks the future (key > query).",
            wrong_mask,
        ),
        Bug(
            "no-output-projection",
            "Your output matches attention without the output projection: finish with the merged heads @ w_o.",
            no_output_projection,
        ),
    ),
)
