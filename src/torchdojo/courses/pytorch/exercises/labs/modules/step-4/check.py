"""Check spec for labs/modules/step-4: dropout-heavy models handed over in training mode."""

from torchdojo.grader.spec import Build, Case, Check, randn


def cases(generator):
    yield Case(
        "16 samples, 4 classes",
        {"model": Build("mlp", sizes=[6, 32, 4], dropout=0.5), "x": randn(generator, 16, 6)},
    )
    yield Case(
        "one sample", {"model": Build("mlp", sizes=[3, 16, 2], dropout=0.5), "x": randn(generator, 1, 3)}
    )
    yield Case(
        "hidden: 64 samples",
        {"model": Build("mlp", sizes=[8, 64, 10], dropout=0.5), "x": randn(generator, 64, 8)},
        hidden=True,
    )


CHECK = Check(entry="predict", cases=cases, exact=True)
