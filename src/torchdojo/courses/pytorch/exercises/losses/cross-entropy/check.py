"""Check spec for losses/cross-entropy: random classes, one class, one sample, large logits, reductions."""

import torch
import torch.nn.functional as F

from torchdojo.grader.spec import Bug, Case, Check, randint, randn


def ce_case(name, generator, n, c, *, scale=1.0, reduction=None, hidden=False, note=""):
    args = {"logits": randn(generator, n, c, scale=scale), "target": randint(generator, 0, c, n)}
    if reduction:
        args["reduction"] = reduction
    return Case(name, args, hidden=hidden, note=note)


def cases(generator):
    yield ce_case("6 samples, 4 classes", generator, 6, 4)
    yield ce_case("none", generator, 5, 3, reduction="none")
    yield ce_case("sum", generator, 4, 7, reduction="sum")
    yield ce_case("one sample", generator, 1, 5)
    yield ce_case(
        "one class", generator, 3, 1, reduction="none", note="C = 1: the only class has probability 1, loss 0"
    )
    yield ce_case(
        "large logits", generator, 4, 5, scale=500.0, reduction="none", note="exp(500) overflows float32"
    )
    yield ce_case("hidden: 10 classes, huge logits", generator, 8, 10, scale=1000.0, hidden=True)


WRONG = {}  # (bug, case name) -> the wrong loss: computed once, not on every grading


def wrong_loss(bug, case):
    if (bug, case.name) not in WRONG:
        a = case.args
        scores = a["logits"] if bug == "raw-logit" else F.softmax(a["logits"], dim=1)
        wrong = -scores.gather(1, a["target"].unsqueeze(1)).squeeze(1)
        reduction = a.get("reduction", "mean")
        WRONG[bug, case.name] = wrong if reduction == "none" else getattr(wrong, reduction)()
    return WRONG[bug, case.name]


def picked_logit(got, expected, case):
    wrong = wrong_loss("raw-logit", case)
    return got.shape == expected.shape and torch.allclose(got.tensor, wrong, rtol=1e-4, atol=1e-4)


def softmax_probs(got, expected, case):
    wrong = wrong_loss("probability-not-log", case)
    return got.shape == expected.shape and torch.allclose(got.tensor, wrong, rtol=1e-4, atol=1e-4)


CHECK = Check(
    entry="cross_entropy",
    cases=cases,
    seed=105,
    tolerance={"float32": (1e-4, 1e-4)},
    bugs=(
        Bug(
            "raw-logit",
            "You returned minus the target's raw logit. Subtract the row's log-sum-exp first: log_probs = logits - logsumexp(logits).",
            picked_logit,
        ),
        Bug(
            "probability-not-log",
            "You used the softmax probability itself. Cross-entropy takes its logarithm: -log p[target].",
            softmax_probs,
        ),
    ),
)
