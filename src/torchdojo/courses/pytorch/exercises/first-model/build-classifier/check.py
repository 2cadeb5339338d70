"""Check spec for first-model/build-classifier: logits of the seeded model on the grader's batches."""

import torch
from torch import nn

from torchdojo.grader.spec import Bug, Case, Check, randn


def cases(generator):
    yield Case(
        "30 features, hidden 16, batch of 4", {"n_features": 30, "hidden": 16, "x": randn(generator, 4, 30)}
    )
    yield Case(
        "3 features, hidden 2, one sample",
        {"n_features": 3, "hidden": 2, "x": randn(generator, 1, 3)},
        note="B = 1",
    )
    yield Case(
        "empty batch",
        {"n_features": 5, "hidden": 8, "x": torch.empty(0, 5)},
        note="B = 0: the logits are (0, 1)",
    )
    yield Case(
        "float64 batch",
        {"n_features": 4, "hidden": 3, "x": randn(generator, 3, 4, dtype=torch.float64)},
        note="build_and_run moves the model to float64 with .to(x.dtype): every layer must be registered",
    )
    yield Case(
        "hidden: 10 features, hidden 32, large inputs",
        {"n_features": 10, "hidden": 32, "x": randn(generator, 16, 10, scale=100.0)},
        hidden=True,
    )


def seeded_layers(case):
    """The reference's two Linear layers, built the way build_and_run builds them (global RNG untouched)."""
    with torch.random.fork_rng(devices=[]):
        torch.manual_seed(0)
        return nn.Linear(case.args["n_features"], case.args["hidden"]), nn.Linear(case.args["hidden"], 1)


def probabilities(got, expected, case):
    return got.shape == expected.shape and torch.allclose(
        got.tensor.double(), torch.sigmoid(expected.tensor.double()), rtol=1e-4, atol=1e-6
    )


LINEAR_ONLY = {}  # case name -> the two layers without the ReLU: computed once, not on every grading


def no_activation(got, expected, case):
    if case.name not in LINEAR_ONLY:
        first, last = seeded_layers(case)
        with torch.no_grad():
            LINEAR_ONLY[case.name] = last(first(case.args["x"].float()))  # (B, 1) without the ReLU
    linear_only = LINEAR_ONLY[case.name]
    return got.shape == expected.shape and torch.allclose(
        got.tensor.float(), linear_only, rtol=1e-4, atol=1e-5
    )


CHECK = Check(
    entry="build_and_run",
    cases=cases,
    seed=30,
    tolerance={"float32": (1e-5, 1e-6)},
    bugs=(
        Bug(
            "sigmoid-output",
            "Your model outputs probabilities (a sigmoid at the end). Return raw logits: nn.BCEWithLogitsLoss applies the sigmoid itself, more stably.",
            probabilities,
        ),
        Bug(
            "no-activation",
            "Your outputs equal the two Linear layers applied with nothing between them: put nn.ReLU() after the first layer, or the network is just one linear map.",
            no_activation,
        ),
    ),
)
