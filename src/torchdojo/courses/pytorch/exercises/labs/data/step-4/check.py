"""Check spec for labs/data/step-4: ragged batches, equal lengths, a single sample, real zeros."""

from torchdojo.grader.spec import Case, Check, randn


def ragged(name, generator, lengths, hidden=False, note=""):
    batch = [(randn(generator, length), index % 3) for index, length in enumerate(lengths)]
    return Case(name, {"batch": batch}, hidden=hidden, note=note)


def with_zeros(name, generator, lengths, zeros, note=""):
    """A ragged batch whose sequences hold real 0.0 values at the (sample, position) pairs in zeros."""
    batch = [(randn(generator, length), index % 3) for index, length in enumerate(lengths)]
    for sample, position in zeros:
        batch[sample][0][position] = 0.0
    return Case(name, {"batch": batch}, note=note)


def cases(generator):
    yield ragged("lengths 4, 1, 2", generator, [4, 1, 2])
    yield ragged("equal lengths", generator, [4, 4], note="no padding needed")
    yield ragged("one sample", generator, [5])
    yield with_zeros(
        "zeros inside the data",
        generator,
        [5, 3, 6],
        [(0, 1), (0, 2), (1, 2), (2, 0), (2, 3)],
        note="some real values are exactly 0.0",
    )
    yield ragged("hidden: eight sequences", generator, [7, 2, 9, 1, 4, 4, 6, 3], hidden=True)


CHECK = Check(entry="pad_collate", cases=cases, exact=True)
