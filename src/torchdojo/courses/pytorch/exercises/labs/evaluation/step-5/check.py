"""Check spec for labs/evaluation/step-5: k = 1, k = 3, k = C."""

from torchdojo.grader.spec import Case, Check, randint, randn


def cases(generator):
    yield Case(
        "k = 3 of 10 classes",
        {"logits": randn(generator, 30, 10), "labels": randint(generator, 0, 10, 30), "k": 3},
    )
    yield Case(
        "k = 1",
        {"logits": randn(generator, 12, 4), "labels": randint(generator, 0, 4, 12), "k": 1},
        note="plain accuracy",
    )
    yield Case(
        "k = C",
        {"logits": randn(generator, 5, 3), "labels": randint(generator, 0, 3, 5), "k": 3},
        note="always 1.0",
    )
    yield Case(
        "hidden: k = 5 of 20",
        {"logits": randn(generator, 100, 20), "labels": randint(generator, 0, 20, 100), "k": 5},
        hidden=True,
    )


CHECK = Check(entry="top_k_accuracy", cases=cases)
