"""Check spec for labs/evaluation/step-1: random scores, all right, all wrong."""

import torch

from torchdojo.grader.spec import Case, Check, randint, randn


def cases(generator):
    yield Case(
        "10 samples, 3 classes", {"logits": randn(generator, 10, 3), "labels": randint(generator, 0, 3, 10)}
    )
    yield Case("all right", {"logits": torch.eye(4) * 5, "labels": torch.arange(4)})
    yield Case("all wrong", {"logits": torch.eye(3), "labels": torch.tensor([1, 2, 0])})
    yield Case(
        "hidden: 200 samples",
        {"logits": randn(generator, 200, 10), "labels": randint(generator, 0, 10, 200)},
        hidden=True,
    )


CHECK = Check(entry="accuracy", cases=cases)
