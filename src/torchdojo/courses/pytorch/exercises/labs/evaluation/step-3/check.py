"""Check spec for labs/evaluation/step-3: ordinary matrices and one with an empty class."""

import torch

from torchdojo.grader.spec import Bug, Case, Check


def cases(generator):
    yield Case("3 classes", {"matrix": torch.tensor([[5, 1, 0], [2, 6, 2], [0, 1, 3]])})
    yield Case("2 classes", {"matrix": torch.tensor([[8, 2], [4, 6]])})
    yield Case(
        "a class never seen or predicted",
        {"matrix": torch.tensor([[3, 1, 0], [1, 4, 0], [0, 0, 0]])},
        note="class 2: 0 / 0 must be 0.0, not NaN",
    )
    yield Case("hidden: 5 classes", {"matrix": torch.randint(0, 9, (5, 5), generator=generator)}, hidden=True)


def swapped(got, expected, case):
    try:
        return torch.allclose(
            got.get("precision").tensor, expected.get("recall").tensor, atol=1e-6
        ) and not torch.allclose(expected.get("precision").tensor, expected.get("recall").tensor, atol=1e-6)
    except (AttributeError, KeyError, TypeError, RuntimeError):
        return False


CHECK = Check(
    entry="precision_recall",
    cases=cases,
    bugs=(
        Bug(
            "swapped",
            "Precision and recall are swapped: recall divides by the row sums (true class), precision by the column sums (predicted class).",
            swapped,
        ),
    ),
)
