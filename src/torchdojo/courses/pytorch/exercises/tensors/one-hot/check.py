"""Check spec for tensors/one-hot: random labels, N of 0 and 1, unused classes, one class."""

import torch

from torchdojo.grader.spec import Case, Check, noncontiguous, randint


def cases(generator):
    yield Case("6 labels, 4 classes", {"labels": randint(generator, 0, 4, 6), "num_classes": 4})
    yield Case(
        "unused classes",
        {"labels": torch.tensor([1, 1, 0]), "num_classes": 5},
        note="classes 2, 3 and 4 never occur",
    )
    yield Case("one label", {"labels": torch.tensor([2]), "num_classes": 3}, note="N = 1")
    yield Case(
        "no labels",
        {"labels": torch.empty(0, dtype=torch.int64), "num_classes": 3},
        note="N = 0: the result is (0, 3)",
    )
    yield Case(
        "one class", {"labels": torch.zeros(4, dtype=torch.int64), "num_classes": 1}, note="num_classes = 1"
    )
    yield Case(
        "hidden: 50 labels, 10 classes",
        {"labels": randint(generator, 0, 10, 50), "num_classes": 10},
        hidden=True,
    )
    yield Case(
        "non-contiguous labels",
        {"labels": noncontiguous(randint(generator, 0, 5, 7)), "num_classes": 5},
        note="a strided view",
    )


CHECK = Check(entry="one_hot", cases=cases, seed=4, exact=True)
