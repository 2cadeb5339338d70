"""Check spec for labs/transfer/step-1: every parameter of backbones of several depths must end up frozen."""

from torchdojo.grader.spec import Build, Case, Check


def cases(generator):
    yield Case("64 → 32 → 16", {"backbone": Build("mlp", sizes=[64, 32, 16])})
    yield Case("one layer", {"backbone": Build("mlp", sizes=[8, 4])})
    yield Case("hidden: with batch norm", {"backbone": Build("with_buffers", sizes=[10, 20, 5])}, hidden=True)


CHECK = Check(entry="frozen_report", cases=cases, exact=True)
