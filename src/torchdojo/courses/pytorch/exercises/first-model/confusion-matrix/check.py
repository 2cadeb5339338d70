"""Check spec for first-model/confusion-matrix: random labels, the lesson's test set, absent classes, N = 0."""

import torch

from torchdojo.grader.spec import Bug, Case, Check, randint


def from_cells(generator, matrix):
    """(preds, labels) whose confusion matrix is `matrix` (rows true, columns predicted), in a random order."""
    labels, preds = [], []
    for true_class, row in enumerate(matrix):
        for predicted_class, count in enumerate(row):
            labels += [true_class] * count
            preds += [predicted_class] * count
    order = torch.randperm(len(labels), generator=generator)
    return {
        "preds": torch.tensor(preds, dtype=torch.int64)[order],
        "labels": torch.tensor(labels, dtype=torch.int64)[order],
    }


def cases(generator):
    yield Case(
        "random, 10 samples, 3 classes",
        {"preds": randint(generator, 0, 3, 10), "labels": randint(generator, 0, 3, 10), "num_classes": 3},
    )
    yield Case(
        "the lesson's test set",
        {**from_cells(generator, [[70, 2], [2, 40]]), "num_classes": 2},
        note="TN=70, FP=2, FN=2, TP=40",
    )
    yield Case(
        "last classes never occur",
        {"preds": randint(generator, 0, 3, 12), "labels": randint(generator, 0, 3, 12), "num_classes": 5},
        note="classes 3 and 4 never occur: their rows and columns are zeros",
    )
    yield Case(
        "all predictions wrong",
        {**from_cells(generator, [[0, 3, 1], [2, 0, 2], [1, 4, 0]]), "num_classes": 3},
    )
    yield Case(
        "one sample",
        {"preds": torch.tensor([1]), "labels": torch.tensor([0]), "num_classes": 2},
        note="N = 1",
    )
    yield Case(
        "no samples",
        {
            "preds": torch.empty(0, dtype=torch.int64),
            "labels": torch.empty(0, dtype=torch.int64),
            "num_classes": 3,
        },
        note="N = 0: a matrix of zeros",
    )
    bools = from_cells(generator, [[3, 1], [2, 4]])
    yield Case(
        "bool inputs",
        {"preds": bools["preds"].bool(), "labels": bools["labels"].bool(), "num_classes": 2},
        note="True is class 1",
    )
    floats = from_cells(generator, [[2, 2], [1, 5]])
    yield Case(
        "float 0./1. inputs",
        {"preds": floats["preds"].float(), "labels": floats["labels"].float(), "num_classes": 2},
    )
    yield Case(
        "hidden: 1000 samples, 5 classes",
        {"preds": randint(generator, 0, 5, 1000), "labels": randint(generator, 0, 5, 1000), "num_classes": 5},
        hidden=True,
    )


def transposed(got, expected, case):
    return (
        got.shape == expected.shape
        and not torch.equal(expected.tensor, expected.tensor.T)
        and torch.equal(got.tensor.long(), expected.tensor.T)
    )


CHECK = Check(
    entry="confusion_matrix",
    cases=cases,
    seed=70,
    exact=True,
    bugs=(
        Bug(
            "transposed",
            "Rows and columns are swapped (your matrix is the transpose of the expected one): rows are the true class (labels), columns the predicted class (preds).",
            transposed,
        ),
    ),
)
