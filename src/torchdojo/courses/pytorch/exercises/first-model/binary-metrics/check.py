"""Check spec for first-model/binary-metrics: random labels, undefined ratios, length 1, float inputs, a rare class."""

import torch

from torchdojo.grader.spec import Bug, Case, Check, randint


def from_counts(generator, tp, fp, fn, tn):
    """(preds, labels) with exactly these confusion counts, in a seeded random order."""
    preds = torch.tensor([1] * tp + [1] * fp + [0] * fn + [0] * tn)
    labels = torch.tensor([1] * tp + [0] * fp + [1] * fn + [0] * tn)
    order = torch.randperm(len(preds), generator=generator)
    return {"preds": preds[order], "labels": labels[order]}


def cases(generator):
    yield Case(
        "random, 20 samples", {"preds": randint(generator, 0, 2, 20), "labels": randint(generator, 0, 2, 20)}
    )
    yield Case("mixed counts", from_counts(generator, tp=5, fp=2, fn=3, tn=7), note="TP=5, FP=2, FN=3, TN=7")
    yield Case(
        "all-negative predictions",
        from_counts(generator, tp=0, fp=0, fn=4, tn=6),
        note="nothing predicted positive: precision is 0.0 and so is f1",
    )
    yield Case(
        "no positive labels",
        from_counts(generator, tp=0, fp=3, fn=0, tn=5),
        note="no actual positives: recall is 0.0",
    )
    yield Case("one sample, correct", {"preds": torch.tensor([1]), "labels": torch.tensor([1])}, note="N = 1")
    yield Case(
        "one sample, negative",
        {"preds": torch.tensor([0]), "labels": torch.tensor([0])},
        note="N = 1, TP + FP = 0 and TP + FN = 0",
    )
    floats = from_counts(generator, tp=3, fp=1, fn=2, tn=4)
    yield Case(
        "float 0./1. tensors",
        {"preds": floats["preds"].float(), "labels": floats["labels"].float()},
        note="float32 inputs",
    )
    yield Case(
        "no samples",
        {"preds": torch.zeros(0, dtype=torch.long), "labels": torch.zeros(0, dtype=torch.long)},
        note="N = 0: every ratio is undefined, so all four are 0.0 (a mean over nothing is NaN)",
    )
    yield Case("hidden: rare positives", from_counts(generator, tp=18, fp=45, fn=582, tn=9355), hidden=True)
    yield Case(
        "hidden: random, 50 samples",
        {"preds": randint(generator, 0, 2, 50), "labels": randint(generator, 0, 2, 50)},
        hidden=True,
    )


def swapped(got, expected, case):
    precision, recall = got.get("precision"), got.get("recall")
    want_precision, want_recall = expected.get("precision"), expected.get("recall")
    return (
        abs(want_precision - want_recall) > 1e-9
        and abs(float(precision) - want_recall) < 1e-7
        and abs(float(recall) - want_precision) < 1e-7
    )


CHECK = Check(
    entry="binary_metrics",
    cases=cases,
    seed=11,
    float_tolerance=(1e-6, 1e-9),
    bugs=(
        Bug(
            "precision-recall-swapped",
            "Precision and recall are swapped: precision divides by everything predicted positive (TP + FP), recall by everything actually positive (TP + FN).",
            swapped,
        ),
    ),
)
