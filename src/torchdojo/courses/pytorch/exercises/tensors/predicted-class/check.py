"""Check spec for tensors/predicted-class: N ≠ C, square logits, N of 0 and 1, C of 1, float64, non-contiguous."""

import torch

from torchdojo.grader.spec import Case, Check, noncontiguous, randn


def cases(generator):
    yield Case("6 samples, 4 classes", {"logits": randn(generator, 6, 4)})
    yield Case("3 samples, 10 classes", {"logits": randn(generator, 3, 10)})
    yield Case(
        "square", {"logits": randn(generator, 5, 5)}, note="N = C: the shape can't tell rows from columns"
    )
    yield Case("one sample", {"logits": randn(generator, 1, 7)}, note="N = 1: (1,)")
    yield Case("one class", {"logits": randn(generator, 4, 1)}, note="C = 1: all zeros")
    yield Case("no samples", {"logits": torch.empty(0, 3)}, note="N = 0: (0,)")
    yield Case("float64", {"logits": randn(generator, 5, 3, dtype=torch.float64)})
    yield Case("non-contiguous", {"logits": noncontiguous(randn(generator, 7, 6))})
    yield Case("hidden: large logits", {"logits": randn(generator, 20, 9, scale=1e6)}, hidden=True)


CHECK = Check(entry="predicted_class", cases=cases, seed=41, exact=True)
