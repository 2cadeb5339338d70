"""Check spec for labs/tensors/step-1: a few grid sizes, an empty one, a hidden bigger one."""

from torchdojo.grader.spec import Case, Check


def cases(generator):
    yield Case("2 × 3", {"rows": 2, "cols": 3})
    yield Case("one row", {"rows": 1, "cols": 5})
    yield Case("one column", {"rows": 4, "cols": 1}, note="a column vector")
    yield Case("no rows", {"rows": 0, "cols": 3}, note="rows = 0 gives an empty (0, 3) tensor")
    yield Case("hidden: 7 × 9", {"rows": 7, "cols": 9}, hidden=True)


CHECK = Check(entry="make_grid", cases=cases, exact=True)
