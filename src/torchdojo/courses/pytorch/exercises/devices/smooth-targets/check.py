"""Check spec for devices/smooth-targets: float32 and float64 logits, missing classes, eps = 0, N of 0 and 1."""

import torch

from torchdojo.grader.spec import Case, Check, randint, randn


def cases(generator):
    yield Case(
        "N=6, C=4, eps 0.1",
        {"labels": torch.tensor([0, 3, 1, 3, 2, 0]), "logits": randn(generator, 6, 4), "eps": 0.1},
    )
    yield Case(
        "float64 logits",
        {
            "labels": randint(generator, 0, 5, 4),
            "logits": randn(generator, 4, 5, dtype=torch.float64),
            "eps": 0.2,
        },
        note="float64 logits need float64 targets",
    )
    yield Case(
        "last classes absent",
        {"labels": torch.tensor([0, 1, 1]), "logits": randn(generator, 3, 5), "eps": 0.1},
        note="C = 5 although the labels only reach 1",
    )
    yield Case(
        "no smoothing",
        {"labels": randint(generator, 0, 3, 5), "logits": randn(generator, 5, 3), "eps": 0.0},
        note="eps = 0: one-hot",
    )
    yield Case(
        "one sample",
        {"labels": torch.tensor([2]), "logits": randn(generator, 1, 3), "eps": 0.3},
        note="N = 1",
    )
    yield Case(
        "empty batch",
        {"labels": torch.empty(0, dtype=torch.int64), "logits": torch.empty(0, 4), "eps": 0.1},
        note="N = 0",
    )
    yield Case(
        "hidden float64, many classes",
        {
            "labels": randint(generator, 0, 50, 10),
            "logits": randn(generator, 10, 50, dtype=torch.float64),
            "eps": 0.05,
        },
        hidden=True,
    )


CHECK = Check(entry="smooth_targets", cases=cases, seed=206, tolerance={"float32": (1e-6, 1e-7)})
