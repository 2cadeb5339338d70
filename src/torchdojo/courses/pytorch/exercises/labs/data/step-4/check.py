"""Check spec for labs/data/step-4: ragged batches, equal lengths, a single sample."""

from torchdojo.grader.spec import Case, Check, randn


def ragged(name, generator, lengths, hidden=False, note=""):
    batch = [(randn(generator, length), index % 3) for index, length in enumerate(lengths)]
    return Case(name, {"batch": batch}, hidden=hidden, note=note)


def cases(generator):
    yield ragged("lengths 4, 1, 2", generator, [4, 1, 2])
    yield ragged("equal lengths", generator, [4, 4], note="no padding needed")
    yield ragged("one sample", generator, [5])
    yield ragged("hidden: eight sequences", generator, [7, 2, 9, 1, 4, 4, 6, 3], hidden=True)


CHECK = Check(entry="pad_collate", cases=cases, exact=True)
