"""Check spec for tools-of-the-trade/mean-pool: padded batches, no padding, one token, an all-padding row."""

import torch
import torch.nn.functional as F

from torchdojo.grader.spec import Bug, Case, Check, randn


def padded_mask(lengths, total):
    """(B, T) int64 mask with the first lengths[b] positions real."""
    return (torch.arange(total)[None, :] < torch.tensor(lengths)[:, None]).long()


def pooled_with_padding(got, expected, case):
    """The learner averaged every position, padding included (normalised or not)."""
    hidden = case.args["hidden"]
    plain = hidden.mean(dim=1)
    return any(
        torch.allclose(got.tensor, candidate, atol=1e-5) for candidate in (plain, F.normalize(plain, dim=-1))
    )


def not_normalised(got, expected, case):
    hidden, mask = case.args["hidden"], case.args["mask"]
    weights = mask.unsqueeze(-1).float()
    mean = (hidden * weights).sum(1) / weights.sum(1).clamp(min=1e-9)
    return torch.allclose(got.tensor, mean, atol=1e-5)


def cases(generator):
    yield Case(
        "3 sentences padded to 6",
        {"hidden": randn(generator, 3, 6, 8), "mask": padded_mask([6, 4, 2], 6)},
        note="lengths 6, 4 and 2: the padding vectors are not zero",
    )
    yield Case("no padding", {"hidden": randn(generator, 2, 5, 4), "mask": padded_mask([5, 5], 5)})
    yield Case(
        "one token each",
        {"hidden": randn(generator, 4, 1, 6), "mask": torch.ones(4, 1, dtype=torch.int64)},
        note="T = 1",
    )
    yield Case(
        "an all-padding row",
        {"hidden": randn(generator, 2, 3, 4), "mask": padded_mask([3, 0], 3)},
        note="the second row has no real token: it must come back as zeros, not NaN",
    )
    yield Case(
        "MiniLM width",
        {"hidden": randn(generator, 2, 9, 384, scale=0.5), "mask": padded_mask([9, 5], 9)},
        note="C = 384, as in all-MiniLM-L6-v2",
    )
    yield Case(
        "hidden: long batch",
        {"hidden": randn(generator, 5, 16, 32), "mask": padded_mask([16, 3, 7, 1, 12], 16)},
        hidden=True,
    )


CHECK = Check(
    entry="sentence_vectors",
    cases=cases,
    seed=8,
    bugs=(
        Bug(
            "padding-averaged",
            "Your vectors include the padding positions: multiply by the mask before summing, and divide by the number of real tokens (mask.sum), not by T.",
            pooled_with_padding,
        ),
        Bug(
            "not-normalised",
            "You averaged the right tokens but did not scale each row to length 1: finish with F.normalize(pooled, dim=-1).",
            not_normalised,
        ),
    ),
)
