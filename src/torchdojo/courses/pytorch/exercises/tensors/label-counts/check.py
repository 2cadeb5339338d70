"""Check spec for tensors/label-counts: small ids, gaps, negatives, one label, N of 0 and 1, non-contiguous."""

import torch

from torchdojo.grader.spec import Case, Check, noncontiguous, randint


def cases(generator):
    yield Case("20 labels in 0..4", {"labels": randint(generator, 0, 5, 20)})
    yield Case("gaps", {"labels": torch.tensor([9, 2, 9, 40, 2, 9])}, note="ids 2, 9 and 40 only")
    yield Case("negative ids", {"labels": torch.tensor([-1, 3, -1, 0])}, note="-1 is a label too")
    yield Case("one distinct label", {"labels": torch.full((5,), 6)}, note="U = 1")
    yield Case("one label", {"labels": torch.tensor([4])}, note="N = 1")
    yield Case("no labels", {"labels": torch.empty(0, dtype=torch.int64)}, note="N = 0: two (0,) tensors")
    yield Case("non-contiguous", {"labels": noncontiguous(randint(generator, 0, 8, 12))})
    yield Case("hidden: 200 labels", {"labels": randint(generator, 0, 30, 200)}, hidden=True)
    yield Case("hidden: large ids", {"labels": randint(generator, 10**4, 10**4 + 5, 30)}, hidden=True)


CHECK = Check(entry="label_counts", cases=cases, seed=46, exact=True)
