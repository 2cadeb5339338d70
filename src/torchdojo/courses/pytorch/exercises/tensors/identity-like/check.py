"""Check spec for tensors/identity-like: float32, float64 and int64, N of 0, 1 and more, the meta device."""

import torch

from torchdojo.grader.spec import Bug, Case, Check, noncontiguous, randint, randn


def cases(generator):
    yield Case("float32 4×4", {"x": randn(generator, 4, 4)})
    yield Case("float32 7×7", {"x": randn(generator, 7, 7)})
    yield Case(
        "float64 3×3", {"x": randn(generator, 3, 3, dtype=torch.float64)}, note="float64 in, float64 out"
    )
    yield Case("int64 5×5", {"x": randint(generator, -9, 10, 5, 5)}, note="int64 in, int64 out")
    yield Case("one by one", {"x": randn(generator, 1, 1)}, note="N = 1")
    yield Case("empty", {"x": torch.empty(0, 0)}, note="N = 0: the result is (0, 0)")
    yield Case("non-contiguous", {"x": noncontiguous(randn(generator, 6, 6))}, note="a transposed view")
    yield Case(
        "on the meta device",
        {"x": torch.empty(4, 4, device="meta")},
        note="x lives on 'meta': the identity must live there too",
    )
    yield Case("hidden: float64 9×9", {"x": randn(generator, 9, 9, dtype=torch.float64)}, hidden=True)


def all_ones(got, expected, case):
    return got.tensor is not None and got.tensor.numel() > 1 and bool((got.tensor == 1).all())


CHECK = Check(
    entry="identity_like",
    cases=cases,
    seed=11,
    exact=True,
    bugs=(
        Bug(
            "all-ones",
            "Every entry is 1: ones_like fills the whole matrix, the identity has ones only on the diagonal.",
            all_ones,
        ),
    ),
)
