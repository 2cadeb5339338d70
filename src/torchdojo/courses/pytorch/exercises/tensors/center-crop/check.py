"""Check spec for tensors/center-crop: even and odd margins, full size, 1×1, uint8, float64, non-contiguous."""

import torch

from torchdojo.grader.spec import Case, Check, noncontiguous, randint, randn


def cases(generator):
    yield Case("3×8×8 to 4×4", {"img": randn(generator, 3, 8, 8), "height": 4, "width": 4})
    yield Case(
        "odd margins", {"img": randn(generator, 2, 7, 10), "height": 4, "width": 5}, note="top = 1, left = 2"
    )
    yield Case(
        "uint8 image",
        {"img": randint(generator, 0, 256, 3, 6, 9).to(torch.uint8), "height": 3, "width": 3},
        note="uint8 stays uint8",
    )
    yield Case("full height", {"img": randn(generator, 1, 5, 6), "height": 5, "width": 2}, note="height = H")
    yield Case("one pixel", {"img": randn(generator, 3, 5, 5), "height": 1, "width": 1}, note="(C, 1, 1)")
    yield Case("float64", {"img": randn(generator, 2, 6, 4, dtype=torch.float64), "height": 2, "width": 3})
    yield Case("non-contiguous", {"img": noncontiguous(randn(generator, 3, 9, 7)), "height": 5, "width": 4})
    yield Case(
        "hidden: 3×32×24 to 17×9", {"img": randn(generator, 3, 32, 24), "height": 17, "width": 9}, hidden=True
    )


CHECK = Check(entry="center_crop", cases=cases, seed=29, exact=True)
