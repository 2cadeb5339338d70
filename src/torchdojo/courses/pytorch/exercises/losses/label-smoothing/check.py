"""Check spec for losses/label-smoothing: several smoothing values, no smoothing, two classes, large logits."""

import torch
import torch.nn.functional as F

from torchdojo.grader.spec import Bug, Case, Check, randint, randn


def ls_case(name, generator, n, c, smoothing, *, scale=1.0, hidden=False, note=""):
    args = {
        "logits": randn(generator, n, c, scale=scale),
        "target": randint(generator, 0, c, n),
        "smoothing": smoothing,
    }
    return Case(name, args, hidden=hidden, note=note)


def cases(generator):
    yield ls_case("smoothing 0.1, 5 classes", generator, 6, 5, 0.1)
    yield ls_case("smoothing 0", generator, 4, 3, 0.0, note="plain cross-entropy")
    yield ls_case("two classes, smoothing 0.4", generator, 5, 2, 0.4)
    yield ls_case("large logits", generator, 4, 6, 0.2, scale=300.0, note="exp(300) overflows float32")
    yield ls_case("hidden: 10 classes", generator, 8, 10, 0.25, hidden=True)


OTHER_CLASSES = {}  # case name -> the loss smoothed over the C - 1 other classes: computed once


def other_classes(got, expected, case):
    a = case.args
    c = a["logits"].shape[1]
    if a["smoothing"] == 0 or c < 2:
        return False
    if case.name not in OTHER_CLASSES:
        log_probs = F.log_softmax(a["logits"], dim=1)
        soft = torch.full_like(log_probs, a["smoothing"] / (c - 1)).scatter(
            1, a["target"].unsqueeze(1), 1 - a["smoothing"]
        )
        OTHER_CLASSES[case.name] = -(soft * log_probs).sum(dim=1).mean()
    return torch.allclose(got.tensor, OTHER_CLASSES[case.name], rtol=1e-4, atol=1e-4)


CHECK = Check(
    entry="smoothed_cross_entropy",
    cases=cases,
    seed=106,
    tolerance={"float32": (1e-4, 1e-4)},
    bugs=(
        Bug(
            "smoothing-over-other-classes",
            "You spread smoothing over the C - 1 wrong classes only. PyTorch spreads it over all C classes: the target is (1 - smoothing) * one_hot + smoothing / C.",
            other_classes,
        ),
    ),
)
