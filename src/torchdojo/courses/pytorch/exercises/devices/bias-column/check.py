"""Check spec for devices/bias-column: float32, float64, float16 and int64 inputs, N = 0, D = 0."""

import torch

from torchdojo.grader.spec import Case, Check, noncontiguous, randint, randn


def cases(generator):
    yield Case("float32 5×3", {"x": randn(generator, 5, 3)})
    yield Case(
        "float64 4×2", {"x": randn(generator, 4, 2, dtype=torch.float64)}, note="float64 in, float64 out"
    )
    yield Case("int64 features", {"x": randint(generator, -5, 5, 3, 4)}, note="int64 in, int64 out")
    yield Case("float16", {"x": randn(generator, 2, 3).half()}, note="float16 in, float16 out")
    yield Case("no samples", {"x": torch.empty(0, 3)}, note="N = 0: the result is (0, 4)")
    yield Case(
        "no features", {"x": torch.empty(4, 0, dtype=torch.float64)}, note="D = 0: a (4, 1) column of ones"
    )
    yield Case("non-contiguous", {"x": noncontiguous(randn(generator, 3, 5))}, note="a transposed view")
    yield Case(
        "on the meta device",
        {"x": torch.empty(3, 2, device="meta")},
        note="x lives on 'meta', a stand-in for a GPU: the column of ones must live there too",
    )
    yield Case("hidden float64", {"x": randn(generator, 20, 6, dtype=torch.float64)}, hidden=True)


CHECK = Check(entry="add_bias_column", cases=cases, seed=201, exact=True)
