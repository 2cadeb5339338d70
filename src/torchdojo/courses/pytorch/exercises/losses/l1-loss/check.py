"""Check spec for losses/l1-loss: errors of both signs, each reduction, an empty batch, a bad reduction."""

import torch

from torchdojo.grader.spec import Case, Check, randn


def cases(generator):
    yield Case("mean over 4×3", {"prediction": randn(generator, 4, 3), "target": randn(generator, 4, 3)})
    yield Case(
        "errors that cancel",
        {"prediction": torch.tensor([1.0, -1.0, 2.0, -2.0]), "target": torch.zeros(4)},
        note="the signed errors sum to 0, their sizes do not",
    )
    yield Case("sum", {"prediction": randn(generator, 6), "target": randn(generator, 6), "reduction": "sum"})
    yield Case(
        "none keeps the shape",
        {"prediction": randn(generator, 2, 5), "target": randn(generator, 2, 5), "reduction": "none"},
    )
    yield Case(
        "empty, none",
        {"prediction": torch.empty(0), "target": torch.empty(0), "reduction": "none"},
        note="an empty input gives an empty result",
    )
    yield Case(
        "unknown reduction",
        {"prediction": randn(generator, 2), "target": randn(generator, 2), "reduction": "avg"},
        raises="ValueError",
    )
    yield Case(
        "hidden: 3-D mean",
        {"prediction": randn(generator, 3, 4, 5), "target": randn(generator, 3, 4, 5)},
        hidden=True,
    )


CHECK = Check(entry="l1_loss", cases=cases, seed=102)
