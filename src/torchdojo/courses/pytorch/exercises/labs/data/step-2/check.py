"""Check spec for labs/data/step-2: even and uneven splits, one big batch."""

import torch

from torchdojo.grader.spec import Case, Check, randn


def data(name, generator, n, batch_size, hidden=False, note=""):
    return Case(
        name,
        {"x": randn(generator, n, 3), "y": torch.arange(n), "batch_size": batch_size},
        hidden=hidden,
        note=note,
    )


def cases(generator):
    yield data("10 samples, batches of 4", generator, 10, 4, note="the last batch holds 2")
    yield data("8 samples, batches of 4", generator, 8, 4)
    yield data("3 samples, batches of 10", generator, 3, 10, note="one batch, smaller than batch_size")
    yield data("hidden: 37 samples, batches of 5", generator, 37, 5, hidden=True)


CHECK = Check(entry="batch_sizes", cases=cases, exact=True)
