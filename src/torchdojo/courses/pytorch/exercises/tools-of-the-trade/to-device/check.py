"""Check spec for tools-of-the-trade/to-device: single tensors, dicts, tuples, deep nesting, plain values.

Cases move batches to the "meta" device, which exists on every machine: a result still on "cpu" shows a tensor
that was missed, without needing a GPU in the grader.
"""

import torch

from torchdojo.grader.spec import Case, Check, randint, randn


def cases(generator):
    yield Case("one tensor", {"batch": randn(generator, 4, 3), "device": "meta"})
    yield Case(
        "text batch dict",
        {
            "batch": {
                "input_ids": randint(generator, 0, 30522, 2, 6),
                "attention_mask": torch.ones(2, 6, dtype=torch.int64),
                "labels": torch.tensor([0, 1]),
            },
            "device": "meta",
        },
        note="a dict of integer tensors: keys stay, dtypes stay int64",
    )
    yield Case(
        "(inputs, targets) tuple",
        {"batch": (randn(generator, 5, 2), randn(generator, 5)), "device": "meta"},
        note="a tuple must come back as a tuple",
    )
    yield Case(
        "nested with plain values",
        {
            "batch": {
                "names": ["scan-01.png", "scan-02.png"],
                "pixels": [randn(generator, 3, 4), randn(generator, 3, 4)],
                "extra": {"epoch": 3, "weights": randn(generator, 2), "note": None},
            },
            "device": "meta",
        },
        note="strings, ints and None pass through untouched; tensors inside lists and inner dicts move",
    )
    yield Case(
        "to the CPU",
        {"batch": [randn(generator, 2, 2), 0.5], "device": "cpu"},
        note="device='cpu': values must be unchanged",
    )
    yield Case("empty containers", {"batch": {"none": [], "also": ()}, "device": "meta"})
    yield Case(
        "hidden: deep nesting",
        {
            "batch": [
                {"a": (randn(generator, 2), [randint(generator, 0, 9, 3), "x"])},
                (1, randn(generator, 1)),
            ],
            "device": "meta",
        },
        hidden=True,
    )


CHECK = Check(entry="to_device", cases=cases, seed=5, exact=True)
