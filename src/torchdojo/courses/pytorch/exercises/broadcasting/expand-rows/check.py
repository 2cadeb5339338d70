"""Check spec for broadcasting/expand-rows: small values checks, n of 0 and 1, D = 0, and a 4 GB tile.

The last case is too big to copy under the grader's memory limit; its result is too big to send back too, so it
is compared by shape and dtype only. The reference never allocates it.
"""

import torch

from torchdojo.grader.spec import Case, Check, randint, randn


def cases(generator):
    yield Case("D=4, n=3", {"row": randn(generator, 4), "n": 3})
    yield Case("integers", {"row": randint(generator, 0, 9, 5), "n": 2}, note="int64 in, int64 out")
    yield Case("one copy", {"row": randn(generator, 6), "n": 1}, note="n = 1")
    yield Case("no copies", {"row": randn(generator, 3), "n": 0}, note="n = 0: the result is (0, 3)")
    yield Case("empty row", {"row": torch.empty(0), "n": 4}, note="D = 0: the result is (4, 0)")
    yield Case("float64", {"row": randn(generator, 3, dtype=torch.float64), "n": 5})
    yield Case("hidden small", {"row": randn(generator, 7), "n": 9}, hidden=True)
    yield Case(
        "100 000 copies of 10 000 numbers",
        {"row": randn(generator, 10_000), "n": 100_000},
        note="4 GB as a copy: return a view",
    )


CHECK = Check(entry="tile_rows", cases=cases, seed=111, exact=True)
