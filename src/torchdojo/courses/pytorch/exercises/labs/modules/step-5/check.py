"""Check spec for labs/modules/step-5: one, two and three linear layers."""

from torchdojo.grader.spec import Case, Check


def cases(generator):
    yield Case("[4, 8, 3]", {"sizes": [4, 8, 3]})
    yield Case("[2, 1]: a single layer", {"sizes": [2, 1]}, note="one Linear and no ReLU")
    yield Case("[10, 20, 20, 5]", {"sizes": [10, 20, 20, 5]})
    yield Case("hidden: five layers", {"sizes": [7, 6, 5, 4, 3, 2]}, hidden=True)


CHECK = Check(entry="describe_mlp", cases=cases, exact=True)
