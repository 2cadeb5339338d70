"""Check spec for labs/data/step-5: seeded splits of several sizes."""

from torchdojo.grader.spec import Case, Check


def cases(generator):
    yield Case("10 samples, 3 for validation", {"n": 10, "val_size": 3, "seed": 5})
    yield Case("20 samples, 5 for validation", {"n": 20, "val_size": 5, "seed": 42})
    yield Case("hidden: 100 samples", {"n": 100, "val_size": 20, "seed": 7}, hidden=True)


CHECK = Check(entry="split_indices", cases=cases, exact=True)
