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


def variant(case, *, scale="hs", mask=True, project=True, softmax_dim=-1, split="consecutive", merge="transpose",
            transposed_weights=False):  # fmt: skip
    """The reference computation with one deliberate change, in float64, for the bug tests below."""
    key = (case.name, scale, mask, project, softmax_dim, split, merge, transposed_weights)
    if key not in VARIANTS:
        VARIANTS[key] = _variant(case, *key[1:])
    return VARIANTS[key]


def _variant(case, scale, mask, project, softmax_dim, split, merge, transposed_weights):
    a = {key: plain(value) for key, value in case.args.items()}
    a = {key: value.double() if isinstance(value, torch.Tensor) else value for key, value in a.items()}
    x, n_heads = a["x"], a["n_heads"]
    B, T, C = x.shape
    hs = C // n_heads
    w = {name: a[name].T if transposed_weights else a[name] for name in ("w_q", "w_k", "w_v", "w_o")}

    def heads(projected):  # (B, T, C) -> (B, nh, T, hs)
        if split == "strided":  # head h takes channels h, h + nh, h + 2nh, … instead of a consecutive slice
            return projected.view(B, T, hs, n_heads).permute(0, 3, 1, 2)
        if split == "no-transpose":  # viewed straight as (B, nh, T, hs): positions and channels mixed
            return projected.reshape(B, n_heads, T, hs)
        return projected.view(B, T, n_heads, hs).transpose(1, 2)

    q, k, v = (heads(x @ w[name]) for name in ("w_q", "w_k", "w_v"))
    divisor = {"hs": math.sqrt(hs), "C": math.sqrt(C), "none": 1.0}[scale]
    scores = q @ k.transpose(-2, -1) / divisor  # (B, nh, T, T)
    if a["causal"] and mask:
        scores = scores.masked_fill(torch.ones(T, T, dtype=torch.bool).triu(1), float("-inf"))
    out = torch.softmax(scores, dim=softmax_dim) @ v  # (B, nh, T, hs)
    out = out.transpose(1, 2).reshape(B, T, C) if merge == "transpose" else out.reshape(B, T, C)
    return out @ w["w_o"] if project else out


def matches(got, expected_tensor):
    return got.shape == tuple(expected_tensor.shape) and torch.allclose(
        got.tensor.double(), expected_tensor, rtol=1e-3, atol=1e-4
    )


def scaled_by_channels(got, expected, case):
    return case.args["n_heads"] > 1 and matches(got, variant(case, scale="C"))


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


def not_scaled(got, expected, case):
    return matches(got, variant(case, scale="none"))


def softmax_over_queries(got, expected, case):
    return expected.shape[1] > 1 and matches(got, variant(case, softmax_dim=-2))


def strided_heads(got, expected, case):
    return case.args["n_heads"] > 1 and matches(got, variant(case, split="strided"))


def heads_without_transpose(got, expected, case):
    if case.args["n_heads"] < 2 or expected.shape[1] < 2:
        return False
    return any(
        matches(got, variant(case, split="no-transpose", merge=merge)) for merge in ("transpose", "reshape")
    )


def weights_transposed(got, expected, case):
    return matches(got, variant(case, transposed_weights=True))


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
        Bug(
            "scores-not-scaled",
            "Your scores are not scaled: divide q @ kᵀ by sqrt(hs) before the softmax. Unscaled scores grow with the head size and push the softmax towards one-hot weights.",
            not_scaled,
        ),
        Bug(
            "softmax-over-queries",
            "Your softmax runs over the query positions (dim=-2). Each query's weights over the keys must sum to 1: take the softmax over the last dimension of the (B, nh, T, T) scores.",
            softmax_over_queries,
        ),
        Bug(
            "strided-heads",
            "Your heads take every n_heads-th channel (a view as (B, T, hs, n_heads)). Head h must use the consecutive channels h*hs … (h+1)*hs - 1: view as (B, T, n_heads, hs), then transpose(1, 2).",
            strided_heads,
        ),
        Bug(
            "heads-without-transpose",
            "Your heads are cut by viewing (B, T, C) straight as (B, n_heads, T, hs), which mixes positions with channels. View as (B, T, n_heads, hs) and transpose(1, 2); undo it the same way before merging.",
            heads_without_transpose,
        ),
        Bug(
            "weights-transposed",
            "Your projections use the transposed weights (x @ w.T). Here the weights apply on the right as given: q = x @ w_q. (nn.Linear stores its weight transposed; these are plain matrices.)",
            weights_transposed,
        ),
    ),
)
