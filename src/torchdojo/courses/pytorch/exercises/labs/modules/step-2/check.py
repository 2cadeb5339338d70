"""Check spec for labs/modules/step-2: plain and partly frozen MLPs the grader builds."""

from torchdojo.grader.spec import Build, Case, Check


def cases(generator):
    yield Case("4 → 3", {"model": Build("mlp", sizes=[4, 3])})
    yield Case("8 → 16 → 2", {"model": Build("mlp", sizes=[8, 16, 2])})
    yield Case(
        "first layer frozen",
        {"model": Build("mlp", sizes=[8, 16, 2], frozen=[0])},
        note="frozen parameters do not count",
    )
    yield Case(
        "hidden: deeper, partly frozen",
        {"model": Build("mlp", sizes=[10, 20, 20, 5], frozen=[1])},
        hidden=True,
    )


CHECK = Check(entry="count_parameters", cases=cases, exact=True)
