"""Check spec for broadcasting/key-padding-mask: Tq = Tk (where the query-axis bug hides) and Tq != Tk."""

import torch

from torchdojo.grader.spec import Bug, Case, Check, noncontiguous, randn


def keep_mask(generator, b, t):
    """Every row keeps a random-length prefix of at least one token."""
    lengths = torch.randint(1, t + 1, (b,), generator=generator)
    return torch.arange(t)[None, :] < lengths[:, None]


def mask_case(name, generator, b, tq, tk, *, dtype=torch.float32, hidden=False, note=""):
    return Case(
        name,
        {"scores": randn(generator, b, tq, tk, dtype=dtype), "keep": keep_mask(generator, b, tk)},
        hidden=hidden,
        note=note,
    )


def cases(generator):
    yield mask_case("self-attention B=3, T=5", generator, 3, 5, 5, note="Tq = Tk")
    yield mask_case("cross-attention Tq=2, Tk=6", generator, 4, 2, 6, note="Tq != Tk")
    yield Case(
        "no padding", {"scores": randn(generator, 2, 3, 3), "keep": torch.ones(2, 3, dtype=torch.bool)}
    )
    yield mask_case("one sequence", generator, 1, 4, 4, note="B = 1")
    yield mask_case("float64", generator, 2, 3, 4, dtype=torch.float64, note="float64 in, float64 out")
    yield Case(
        "non-contiguous scores",
        {"scores": noncontiguous(randn(generator, 2, 3, 3)), "keep": keep_mask(generator, 2, 3)},
        note="a view with swapped strides",
    )
    yield Case(
        "empty batch",
        {"scores": torch.empty(0, 2, 3), "keep": torch.empty(0, 3, dtype=torch.bool)},
        note="B = 0",
    )
    yield mask_case("hidden long", generator, 6, 16, 16, hidden=True)


def plain(value):
    return value.kwargs["tensor"] if hasattr(value, "kwargs") else value


def queries_masked(got, expected, case):
    scores, keep = plain(case.args["scores"]), case.args["keep"]
    if scores.shape[1] != scores.shape[2]:
        return False
    wrong = scores.masked_fill(~keep[:, :, None], float("-inf"))
    return torch.equal(got.tensor, wrong)


def inverted(got, expected, case):
    scores, keep = plain(case.args["scores"]), case.args["keep"]
    return torch.equal(got.tensor, scores.masked_fill(keep[:, None, :], float("-inf")))


CHECK = Check(
    entry="mask_padded_keys",
    cases=cases,
    seed=107,
    exact=True,
    bugs=(
        Bug(
            "masked-queries",
            "You masked query rows, not key columns: keep[:, :, None] is (B, Tk, 1) and hides whole rows. A padded key is hidden from every query: keep[:, None, :].",
            queries_masked,
        ),
        Bug(
            "inverted-mask",
            "You set the real tokens to -inf: keep is True where a token is kept. Fill where it is False (~keep).",
            inverted,
        ),
    ),
)
