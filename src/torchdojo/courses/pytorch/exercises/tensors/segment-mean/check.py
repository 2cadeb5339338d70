"""Check spec for tensors/segment-mean: random ids, empty segments, N of 0, D of 1, float64, non-contiguous."""

import torch

from torchdojo.grader.spec import Case, Check, noncontiguous, randint, randn


def cases(generator):
    yield Case(
        "12 rows, 4 segments",
        {"x": randn(generator, 12, 3), "segment": randint(generator, 0, 4, 12), "num_segments": 4},
    )
    yield Case(
        "empty segments",
        {"x": randn(generator, 5, 2), "segment": torch.tensor([3, 0, 3, 3, 0]), "num_segments": 5},
        note="segments 1, 2 and 4 have no rows: zeros",
    )
    yield Case(
        "one feature",
        {"x": randn(generator, 7, 1), "segment": randint(generator, 0, 2, 7), "num_segments": 2},
        note="D = 1",
    )
    yield Case(
        "no rows",
        {"x": torch.empty(0, 3), "segment": torch.empty(0, dtype=torch.int64), "num_segments": 2},
        note="N = 0: every segment is empty",
    )
    yield Case(
        "float64",
        {
            "x": randn(generator, 9, 4, dtype=torch.float64),
            "segment": randint(generator, 0, 3, 9),
            "num_segments": 3,
        },
    )
    yield Case(
        "non-contiguous",
        {
            "x": noncontiguous(randn(generator, 8, 5)),
            "segment": randint(generator, 0, 3, 8),
            "num_segments": 3,
        },
    )
    yield Case(
        "hidden: 40 rows, 6 segments",
        {"x": randn(generator, 40, 4), "segment": randint(generator, 0, 6, 40), "num_segments": 6},
        hidden=True,
    )
    yield Case(
        "hidden: empty last segment",
        {"x": randn(generator, 6, 3), "segment": torch.tensor([0, 1, 0, 1, 1, 0]), "num_segments": 4},
        hidden=True,
    )


CHECK = Check(entry="segment_mean", cases=cases, seed=22, tolerance={"float32": (1e-5, 1e-6)})
