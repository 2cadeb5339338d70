"""Check spec for labs/transfer/step-2: frozen backbones of several widths get a fresh head."""

from torchdojo.grader.spec import Build, Case, Check, randn


def head_case(name, generator, sizes, classes, batch, hidden=False):
    frozen = list(range(len(sizes) - 1))
    args = {
        "backbone": Build("mlp", sizes=sizes, frozen=frozen),
        "x": randn(generator, batch, sizes[0]),
        "feature_dim": sizes[-1],
        "num_classes": classes,
    }
    return Case(name, args, hidden=hidden)


def cases(generator):
    yield head_case("features 16 → 5 classes", generator, [64, 32, 16], 5, 4)
    yield head_case("features 8 → 2 classes", generator, [10, 8], 2, 3)
    yield head_case("hidden: 20 classes", generator, [12, 24, 24], 20, 6, hidden=True)


CHECK = Check(entry="head_report", cases=cases, exact=True)
