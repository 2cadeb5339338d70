"""Check spec for labs/modules/step-3: MLPs of several depths, with and without dropout layers."""

from torchdojo.grader.spec import Build, Case, Check, randn


def cases(generator):
    yield Case("4 → 8 → 3", {"model": Build("mlp", sizes=[4, 8, 3]), "x": randn(generator, 5, 4)})
    yield Case(
        "deeper, with dropout",
        {"model": Build("mlp", sizes=[6, 12, 12, 2], dropout=0.1), "x": randn(generator, 3, 6)},
    )
    yield Case("one sample", {"model": Build("mlp", sizes=[2, 5, 1]), "x": randn(generator, 1, 2)})
    yield Case(
        "hidden: wide", {"model": Build("mlp", sizes=[10, 30, 7]), "x": randn(generator, 9, 10)}, hidden=True
    )


CHECK = Check(entry="layer_output_shapes", cases=cases, exact=True)
