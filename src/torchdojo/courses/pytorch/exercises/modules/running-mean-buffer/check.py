"""Check spec for modules/running-mean-buffer: batches of equal and unequal sizes, one row, no batches."""

import torch

from torchdojo.grader.spec import Bug, Case, Check, randn


def cases(generator):
    yield Case(
        "three batches of 4", {"num_features": 3, "batches": [randn(generator, 4, 3) + 2.0 for _ in range(3)]}
    )
    yield Case(
        "unequal batch sizes",
        {
            "num_features": 2,
            "batches": [randn(generator, 1, 2), randn(generator, 7, 2) + 5.0, randn(generator, 2, 2)],
        },
        note="the mean over all 10 rows, not the mean of the three batch means",
    )
    yield Case("one row", {"num_features": 4, "batches": [randn(generator, 1, 4)]})
    yield Case("no batches", {"num_features": 3, "batches": []}, note="nothing seen: zeros and a count of 0")
    yield Case(
        "hidden: many batches",
        {"num_features": 5, "batches": [randn(generator, b, 5, scale=3.0) for b in (3, 8, 1, 5, 2, 6)]},
        hidden=True,
    )


def mean_of_means(got, expected, case):
    batches = case.args["batches"]
    if len({len(b) for b in batches}) < 2:
        return False
    wrong = torch.stack([b.mean(dim=0) for b in batches]).mean(dim=0)
    mean = got.get("state").get("mean")
    return mean is not None and torch.allclose(mean.tensor, wrong, rtol=1e-4, atol=1e-5)


CHECK = Check(
    entry="running_mean_state",
    cases=cases,
    seed=604,
    tolerance={"float32": (1e-5, 1e-6)},
    bugs=(
        Bug(
            "mean-of-batch-means",
            "Your mean averages the batch means, so a batch of 1 row weighs as much as a batch of 7. Weight each batch by its size: mean + (x.sum(0) - B * mean) / (count + B).",
            mean_of_means,
        ),
    ),
)
