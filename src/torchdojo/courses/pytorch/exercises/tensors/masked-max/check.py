"""Check spec for tensors/masked-max: negative scores, empty rows, full masks, T of 1, N of 0, float64, non-contiguous."""

import torch

from torchdojo.grader.spec import Bug, Case, Check, noncontiguous, randn


def padding_mask(generator, n, t):
    lengths = torch.randint(1, t + 1, (n,), generator=generator)
    return torch.arange(t)[None, :] < lengths[:, None]  # (N, T): True for the first lengths[n] positions


def cases(generator):
    yield Case(
        "negative scores",
        {"x": randn(generator, 4, 5) - 3.0, "mask": padding_mask(generator, 4, 5)},
        note="every score is below 0",
    )
    yield Case("mixed scores", {"x": randn(generator, 6, 4), "mask": padding_mask(generator, 6, 4)})
    yield Case(
        "an all-padding row",
        {
            "x": randn(generator, 3, 4),
            "mask": torch.tensor([[True, False, True, False], [False] * 4, [True] * 4]),
        },
        note="row 1 has no real entry: 0",
    )
    yield Case("no padding", {"x": randn(generator, 3, 6), "mask": torch.ones(3, 6, dtype=torch.bool)})
    yield Case(
        "T = 1", {"x": randn(generator, 4, 1), "mask": torch.tensor([[True], [False], [True], [True]])}
    )
    yield Case("no rows", {"x": torch.empty(0, 3), "mask": torch.empty(0, 3, dtype=torch.bool)}, note="N = 0")
    yield Case(
        "float64", {"x": randn(generator, 3, 5, dtype=torch.float64), "mask": padding_mask(generator, 3, 5)}
    )
    yield Case(
        "non-contiguous", {"x": noncontiguous(randn(generator, 5, 6)), "mask": padding_mask(generator, 5, 6)}
    )
    yield Case(
        "hidden: large values",
        {"x": randn(generator, 10, 8, scale=1e30), "mask": padding_mask(generator, 10, 8)},
        hidden=True,
    )


def padding_as_zero(got, expected, case):
    """(x * mask).amax(dim=1): padded entries count as 0 and beat negative scores."""
    x, mask = case.args["x"], case.args["mask"]
    return (
        isinstance(x, torch.Tensor)
        and got.shape == expected.shape
        and torch.equal(got.tensor, (x * mask).amax(dim=1))
    )


CHECK = Check(
    entry="masked_max",
    cases=cases,
    seed=47,
    exact=True,
    bugs=(
        Bug(
            "padding-as-zero",
            "Padding still takes part: multiplying by the mask turns it into 0, which beats every negative score. Fill the padding with -inf (masked_fill) before the max.",
            padding_as_zero,
        ),
    ),
)
