"""Check spec for tensors/image-to-float: RGB and grayscale, extremes 0 and 255, 1×1, non-contiguous."""

import torch

from torchdojo.grader.spec import Case, Check, noncontiguous, randint


def image(generator, h, w, c):
    return randint(generator, 0, 256, h, w, c).to(torch.uint8)


def cases(generator):
    yield Case("4×5 RGB", {"img": image(generator, 4, 5, 3)})
    yield Case("2×6 RGBA", {"img": image(generator, 2, 6, 4)})
    yield Case("grayscale", {"img": image(generator, 3, 3, 1)}, note="C = 1")
    yield Case(
        "black and white",
        {"img": torch.tensor([[[0, 0, 0], [255, 255, 255]]], dtype=torch.uint8)},
        note="0 -> 0.0 and 255 -> 1.0",
    )
    yield Case("one pixel", {"img": image(generator, 1, 1, 3)})
    yield Case("non-contiguous", {"img": noncontiguous(image(generator, 5, 4, 3))})
    yield Case("hidden: 16×12 RGB", {"img": image(generator, 16, 12, 3)}, hidden=True)


CHECK = Check(entry="image_to_float", cases=cases, seed=48, tolerance={"float32": (1e-6, 1e-7)})
