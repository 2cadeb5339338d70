"""Project 1.3: held-out accuracy of hand-managed parameters; the dict's keys and shapes must match."""

import torch

from torchdojo.grader.datasets import digits
from torchdojo.grader.spec import Case, Check, Metric

X_TRAIN, Y_TRAIN, X_TEST, Y_TEST = digits(seed=0)


def cases(generator):
    yield Case("digits, hidden = 64", {"x": X_TRAIN, "y": Y_TRAIN, "hidden": 64})
    yield Case(
        "digits, hidden = 32, seed 3", {"x": X_TRAIN, "y": Y_TRAIN, "hidden": 32, "seed": 3}, hidden=True
    )


def held_out_accuracy(observed, case):
    params = {key: value.tensor for key, value in observed.value.items}
    logits = torch.relu(X_TEST @ params["w1"] + params["b1"]) @ params["w2"] + params["b2"]  # (450, 10)
    return float((logits.argmax(dim=1) == Y_TEST).float().mean())


CHECK = Check(
    entry="train_raw_mlp",
    cases=cases,
    compare_values=False,
    metrics=(Metric("held-out accuracy", held_out_accuracy, at_least=0.92),),
    timeout_s=20,
)
