"""Check spec for labs/data/step-1: the length and a few samples, including the first and the last."""

from torchdojo.grader.spec import Case, Check


def cases(generator):
    yield Case("n = 5", {"n": 5, "indices": [0, 3, 4]})
    yield Case("n = 1", {"n": 1, "indices": [0]})
    yield Case("hidden: n = 100", {"n": 100, "indices": [99, 7, 50]}, hidden=True)


CHECK = Check(entry="dataset_view", cases=cases)
