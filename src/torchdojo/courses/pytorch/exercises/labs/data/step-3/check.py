"""Check spec for labs/data/step-3: the same seed must give the reference's order."""

import torch

from torchdojo.grader.spec import Bug, Case, Check, randn


def cases(generator):
    yield Case(
        "10 samples, batch 4, seed 11",
        {"x": randn(generator, 10, 2), "y": torch.arange(10), "batch_size": 4, "seed": 11},
    )
    yield Case(
        "20 samples, batch 5, seed 7",
        {"x": randn(generator, 20, 3), "y": torch.arange(20), "batch_size": 5, "seed": 7},
    )
    yield Case(
        "hidden: seed 123",
        {"x": randn(generator, 50, 4), "y": torch.arange(50), "batch_size": 8, "seed": 123},
        hidden=True,
    )


def in_order(got, expected, case):
    return got.shape == expected.shape and bool(torch.equal(got.tensor, torch.arange(got.shape[0])))


def other_order(got, expected, case):
    return got.shape == expected.shape and not in_order(got, expected, case)


CHECK = Check(
    entry="first_batch_labels",
    cases=cases,
    exact=True,
    bugs=(
        Bug(
            "not-shuffled",
            "Your first batch is samples 0, 1, 2, … in order: pass shuffle=True to the DataLoader.",
            in_order,
        ),
        Bug(
            "unseeded",
            "Your loader shuffled, but not in the order its own seeded generator gives: pass "
            "generator=torch.Generator().manual_seed(seed) to the DataLoader (the global random state is "
            "shared with everything else and differs from run to run).",
            other_order,
        ),
    ),
)
