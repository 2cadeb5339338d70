"""Check spec for losses/bce-with-logits: hard and soft targets, large logits of both signs, reductions."""

import torch

from torchdojo.grader.spec import Case, Check, randint, randn


def cases(generator):
    yield Case(
        "8 hard labels",
        {"logits": randn(generator, 8), "targets": randint(generator, 0, 2, 8).float()},
    )
    yield Case(
        "soft targets, none",
        {
            "logits": randn(generator, 3, 4),
            "targets": torch.rand(3, 4, generator=generator),
            "reduction": "none",
        },
        note="targets between 0 and 1",
    )
    yield Case(
        "confident and wrong",
        {
            "logits": torch.tensor([100.0, -100.0, 30.0, -30.0]),
            "targets": torch.tensor([0.0, 1.0, 0.0, 1.0]),
            "reduction": "none",
        },
        note="sigmoid(100) is exactly 1.0 in float32, so log(1 - sigmoid(x)) is -inf; the true loss is about 100",
    )
    yield Case(
        "confident and right",
        {"logits": torch.tensor([100.0, -100.0]), "targets": torch.tensor([1.0, 0.0]), "reduction": "sum"},
        note="the loss is (almost) 0, not NaN",
    )
    yield Case(
        "soft targets, sum",
        {
            "logits": randn(generator, 2, 3),
            "targets": torch.rand(2, 3, generator=generator),
            "reduction": "sum",
        },
        note="reduction='sum' adds the six losses",
    )
    yield Case(
        "hidden: huge logits",
        {"logits": randn(generator, 5, 5, scale=1000.0), "targets": randint(generator, 0, 2, 5, 5).float()},
        hidden=True,
    )


CHECK = Check(entry="bce_with_logits", cases=cases, seed=104, tolerance={"float32": (1e-4, 1e-5)})
