"""Check spec for labs/evaluation/step-2: random predictions, a missing class, a perfect classifier."""

import torch

from torchdojo.grader.spec import Bug, Case, Check, randint


def cases(generator):
    yield Case(
        "20 samples, 3 classes",
        {"preds": randint(generator, 0, 3, 20), "labels": randint(generator, 0, 3, 20), "num_classes": 3},
    )
    yield Case(
        "class 3 never appears",
        {"preds": randint(generator, 0, 3, 12), "labels": randint(generator, 0, 3, 12), "num_classes": 4},
        note="its row and column are zeros",
    )
    yield Case("perfect", {"preds": torch.arange(5), "labels": torch.arange(5), "num_classes": 5})
    yield Case(
        "hidden: 500 samples",
        {
            "preds": randint(generator, 0, 10, 500),
            "labels": randint(generator, 0, 10, 500),
            "num_classes": 10,
        },
        hidden=True,
    )


def transposed(got, expected, case):
    return got.shape == expected.shape and bool(torch.equal(got.tensor, expected.tensor.T))


CHECK = Check(
    entry="confusion_matrix",
    cases=cases,
    exact=True,
    bugs=(
        Bug(
            "transposed",
            "Your matrix is transposed: rows should be the true class (labels) and columns the predicted class.",
            transposed,
        ),
    ),
)
