"""Check spec for tensors/masked-mean: random masks, all-masked rows, T = 1, B = 0, float64, non-contiguous."""

import torch

from torchdojo.grader.spec import Bug, Case, Check, noncontiguous, randn


def lengths_mask(lengths, t):
    """(B, T) bool: row b is True on its first lengths[b] positions (a padded batch)."""
    return torch.arange(t)[None, :] < torch.tensor(lengths)[:, None]  # (1, T) < (B, 1) -> (B, T)


def cases(generator):
    yield Case("padded batch, 3×5", {"x": randn(generator, 3, 5), "mask": lengths_mask([5, 2, 3], 5)})
    yield Case(
        "random mask, 4×6", {"x": randn(generator, 4, 6), "mask": torch.rand(4, 6, generator=generator) < 0.6}
    )
    yield Case(
        "a row with no valid position",
        {"x": randn(generator, 3, 4), "mask": lengths_mask([4, 0, 1], 4)},
        note="row 1 is all padding: its mean is 0.0",
    )
    yield Case(
        "one position",
        {"x": randn(generator, 3, 1), "mask": torch.tensor([[True], [False], [True]])},
        note="T = 1",
    )
    yield Case(
        "empty batch", {"x": torch.empty(0, 4), "mask": torch.empty(0, 4, dtype=torch.bool)}, note="B = 0"
    )
    yield Case(
        "float64",
        {"x": randn(generator, 2, 5, dtype=torch.float64), "mask": lengths_mask([3, 5], 5)},
        note="float64 in, float64 out",
    )
    yield Case(
        "non-contiguous x",
        {"x": noncontiguous(randn(generator, 4, 3)), "mask": lengths_mask([1, 2, 3, 3], 3)},
        note="a transposed view",
    )
    yield Case(
        "huge padding values",
        {"x": randn(generator, 2, 4, scale=1e6), "mask": lengths_mask([2, 4], 4)},
        hidden=True,
    )
    yield Case(
        "hidden: all padding",
        {"x": randn(generator, 5, 7), "mask": lengths_mask([0, 7, 0, 3, 1], 7)},
        hidden=True,
    )


def unmasked(got, expected, case):
    x = case.args["x"]
    x = x.kwargs["tensor"] if hasattr(x, "kwargs") else x  # non-contiguous views travel as a Build
    return got.shape == expected.shape and torch.allclose(
        got.tensor.double(), x.double().mean(dim=1), rtol=1e-4, atol=1e-6
    )


CHECK = Check(
    entry="masked_mean",
    cases=cases,
    seed=12,
    tolerance={"float32": (1e-5, 1e-6)},
    bugs=(
        Bug(
            "mask-ignored",
            "Your means include the padding: this is x.mean(dim=1) over every position. Sum only where mask is True and divide by the number of True positions.",
            unmasked,
        ),
    ),
)
