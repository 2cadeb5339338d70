"""Check spec for devices/pad-right: float features, int64 ids, bool masks, no padding, B and T of 0, meta."""

import torch

from torchdojo.grader.spec import Bug, Case, Check, noncontiguous, randint, randn


def cases(generator):
    yield Case("frames (2, 3, 4) to 5", {"x": randn(generator, 2, 3, 4), "length": 5})
    yield Case(
        "token ids (3, 2) to 6",
        {"x": randint(generator, 1, 50, 3, 2), "length": 6},
        note="int64 ids must stay int64",
    )
    yield Case("float64 (2, 4) to 7", {"x": randn(generator, 2, 4, dtype=torch.float64), "length": 7})
    yield Case(
        "bool mask (2, 3) to 4",
        {"x": torch.ones(2, 3, dtype=torch.bool), "length": 4},
        note="bool in, bool out: padding is False",
    )
    yield Case("nothing to pad", {"x": randn(generator, 2, 5), "length": 5}, note="length = T")
    yield Case("empty sequences", {"x": torch.empty(3, 0, 2), "length": 2}, note="T = 0: all zeros")
    yield Case("empty batch", {"x": torch.empty(0, 3, dtype=torch.int64), "length": 5}, note="B = 0")
    yield Case(
        "images per step", {"x": randn(generator, 2, 2, 3, 2), "length": 3}, note="two trailing dimensions"
    )
    yield Case("non-contiguous", {"x": noncontiguous(randn(generator, 3, 4)), "length": 6})
    yield Case(
        "on the meta device",
        {"x": torch.empty(2, 3, 4, device="meta"), "length": 5},
        note="x lives on 'meta': the padded result must live there too",
    )
    yield Case("hidden ids", {"x": randint(generator, 1, 30000, 8, 20), "length": 32}, hidden=True)


def padded_left(got, expected, case):
    x = case.args["x"]
    if not isinstance(x, torch.Tensor) or x.shape[1] == case.args["length"]:
        return False
    return torch.equal(got.tensor, torch.roll(expected.tensor, case.args["length"] - x.shape[1], dims=1))


CHECK = Check(
    entry="pad_right",
    cases=cases,
    seed=203,
    exact=True,
    bugs=(
        Bug(
            "padded-left",
            "Your zeros went in front of the sequence: pad on the right, after the last real step.",
            padded_left,
        ),
    ),
)
