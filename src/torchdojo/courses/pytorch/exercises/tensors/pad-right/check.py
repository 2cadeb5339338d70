"""Check spec for tensors/pad-right: ids and features, nothing to pad, N or L of 0, float64, views, meta."""

import torch

from torchdojo.grader.spec import Case, Check, noncontiguous, randint, randn


def cases(generator):
    yield Case("int64 ids 3×2 to 5", {"x": randint(generator, 1, 100, 3, 2), "length": 5, "value": 0})
    yield Case("float32 4×3 to 6", {"x": randn(generator, 4, 3), "length": 6, "value": -1.5})
    yield Case(
        "float64 features",
        {"x": randn(generator, 2, 4, dtype=torch.float64), "length": 7, "value": 0.25},
        note="float64 in, float64 out",
    )
    yield Case(
        "int64 ids, float value",
        {"x": randint(generator, 1, 100, 3, 3), "length": 5, "value": 0.0},
        note="the ids stay int64",
    )
    yield Case(
        "nothing to pad", {"x": randint(generator, 1, 9, 3, 4), "length": 4, "value": 0}, note="length = L"
    )
    yield Case("empty rows", {"x": torch.empty(3, 0), "length": 2, "value": 9.0}, note="L = 0: all padding")
    yield Case("no rows", {"x": torch.empty(0, 3, dtype=torch.int64), "length": 5, "value": 0}, note="N = 0")
    yield Case(
        "non-contiguous",
        {"x": noncontiguous(randn(generator, 5, 3)), "length": 4, "value": 0.0},
        note="a transposed view",
    )
    yield Case(
        "on the meta device",
        {"x": torch.empty(3, 2, dtype=torch.int64, device="meta"), "length": 5, "value": 0},
        note="x lives on 'meta': the result must live there too",
    )
    yield Case(
        "hidden: large ids",
        {"x": randint(generator, 2**40, 2**41, 6, 5), "length": 8, "value": -100},
        hidden=True,
    )


CHECK = Check(entry="pad_right", cases=cases, seed=13, exact=True)
