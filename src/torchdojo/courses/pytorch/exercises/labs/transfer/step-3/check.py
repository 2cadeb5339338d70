"""Check spec for labs/transfer/step-3: models with frozen layers in different places."""

from torchdojo.grader.spec import Build, Case, Check


def cases(generator):
    yield Case("backbone frozen, head trains", {"model": Build("mlp", sizes=[64, 32, 16, 5], frozen=[0, 1])})
    yield Case("nothing frozen", {"model": Build("mlp", sizes=[4, 8, 2])})
    yield Case(
        "hidden: middle frozen", {"model": Build("mlp", sizes=[10, 20, 20, 3], frozen=[1])}, hidden=True
    )


CHECK = Check(entry="optimizer_report", cases=cases, exact=True)
