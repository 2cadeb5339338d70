"""Check spec for tensors/offsets-from-lengths: random lengths, zero lengths, N of 0 and 1, large totals."""

import torch

from torchdojo.grader.spec import Case, Check, noncontiguous, randint


def cases(generator):
    yield Case("5 pieces", {"lengths": randint(generator, 1, 10, 5)})
    yield Case(
        "some empty pieces",
        {"lengths": torch.tensor([0, 4, 0, 0, 2])},
        note="a length of 0 repeats the offset",
    )
    yield Case("one piece", {"lengths": torch.tensor([7])}, note="N = 1: [0, 7]")
    yield Case("no pieces", {"lengths": torch.empty(0, dtype=torch.int64)}, note="N = 0: [0]")
    yield Case("non-contiguous", {"lengths": noncontiguous(randint(generator, 0, 20, 6))})
    yield Case("hidden: 40 pieces", {"lengths": randint(generator, 0, 100, 40)}, hidden=True)
    yield Case("hidden: large totals", {"lengths": randint(generator, 2**40, 2**41, 8)}, hidden=True)


CHECK = Check(entry="offsets_from_lengths", cases=cases, seed=43, exact=True)
