"""Check spec for devices/prepare-batch: dicts of ids and features, tuples, nesting, plain values, meta device."""

import torch

from torchdojo.grader.spec import Case, Check, randint, randn


def cases(generator):
    yield Case(
        "text batch to float64",
        {
            "batch": {
                "input_ids": randint(generator, 0, 100, 2, 5),
                "features": randn(generator, 2, 3),
                "label": torch.tensor([1, 0]),
            },
            "device": "cpu",
            "float_dtype": "float64",
        },
        note="int64 ids and labels keep their dtype",
    )
    yield Case(
        "(inputs, targets) tuple",
        {
            "batch": (randn(generator, 3, 2), randint(generator, 0, 4, 3)),
            "device": "cpu",
            "float_dtype": "float16",
        },
        note="a tuple must come back as a tuple",
    )
    yield Case(
        "mask and names",
        {
            "batch": {
                "mask": torch.tensor([[True, False]]),
                "names": ["a.png"],
                "scale": 0.5,
                "pixels": [randn(generator, 1, 2)],
            },
            "device": "cpu",
            "float_dtype": "bfloat16",
        },
        note="bool stays bool; strings and floats pass through",
    )
    yield Case(
        "to the meta device",
        {
            "batch": {"x": randn(generator, 4, 2), "y": (randint(generator, 0, 2, 4), None)},
            "device": "meta",
            "float_dtype": "float32",
        },
        note="every tensor must end up on 'meta'",
    )
    yield Case(
        "one tensor",
        {"batch": randn(generator, 3, dtype=torch.float64), "device": "cpu", "float_dtype": "float32"},
    )
    yield Case("empty containers", {"batch": {"a": [], "b": ()}, "device": "cpu", "float_dtype": "float16"})
    yield Case(
        "hidden deep nesting",
        {
            "batch": [({"z": randn(generator, 2)}, randint(generator, 0, 9, 2)), "tag"],
            "device": "meta",
            "float_dtype": "float16",
        },
        hidden=True,
    )


CHECK = Check(entry="prepare_batch", cases=cases, seed=202, exact=True)
