"""Check spec for labs/tensors/step-5: small and hidden byte images."""

import torch

from torchdojo.grader.spec import Case, Check, randint


def cases(generator):
    yield Case("one 2 × 3 image", {"images": randint(generator, 0, 256, 1, 2, 3).to(torch.uint8)})
    yield Case("black and white", {"images": torch.tensor([[[0, 255], [255, 0]]], dtype=torch.uint8)})
    yield Case("a batch of 4", {"images": randint(generator, 0, 256, 4, 3, 3).to(torch.uint8)})
    yield Case(
        "hidden: 8 × 8 digits", {"images": randint(generator, 0, 256, 5, 8, 8).to(torch.uint8)}, hidden=True
    )


CHECK = Check(entry="to_unit_range", cases=cases)
