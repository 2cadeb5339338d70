"""Check spec for modules/make-mlp: the returned module is run on the grader's batch and drawn layer by layer."""

import torch

from torchdojo.grader.spec import Case, Check, randn


def cases(generator):
    yield Case(
        "8 → 16 → 3, batch of 5",
        {"n_in": 8, "hidden": 16, "n_out": 3, "x": randn(generator, 5, 8)},
        observe=("module:x",),
    )
    yield Case(
        "1 → 1 → 1, one sample",
        {"n_in": 1, "hidden": 1, "n_out": 1, "x": randn(generator, 1, 1)},
        observe=("module:x",),
        note="the smallest network",
    )
    yield Case(
        "empty batch",
        {"n_in": 4, "hidden": 6, "n_out": 2, "x": torch.empty(0, 4)},
        observe=("module:x",),
        note="B = 0",
    )
    yield Case(
        "hidden: 12 → 32 → 1",
        {"n_in": 12, "hidden": 32, "n_out": 1, "x": randn(generator, 9, 12)},
        observe=("module:x",),
        hidden=True,
    )


CHECK = Check(entry="make_mlp", cases=cases, seed=11, tolerance={"float32": (1e-5, 1e-6)})
