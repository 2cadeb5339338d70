"""Check spec for tensors/float-to-uint8: values in [0, 1], overshoot both ways, halves, float64, non-contiguous."""

import torch

from torchdojo.grader.spec import Bug, Case, Check, noncontiguous


def uniform(generator, *shape, low=0.0, high=1.0, dtype=torch.float32):
    return torch.rand(*shape, generator=generator, dtype=dtype) * (high - low) + low


def cases(generator):
    yield Case("3×4×5 in [0, 1]", {"x": uniform(generator, 3, 4, 5)})
    yield Case("1×6×2 in [0, 1]", {"x": uniform(generator, 1, 6, 2)})
    yield Case(
        "overshoot",
        {"x": torch.tensor([[[-0.3, -0.01, 1.01, 1.5, 0.5]]])},
        note="below 0 gives 0, above 1 gives 255",
    )
    yield Case("out of range", {"x": uniform(generator, 2, 3, 3, low=-0.5, high=1.5)}, note="clip to 0..255")
    yield Case("float64", {"x": uniform(generator, 3, 2, 2, dtype=torch.float64)})
    halves = torch.tensor([0.5, 1.5, 2.5, 3.5, 4.5, 127.5, 128.5, 254.5], dtype=torch.float64) / 255
    yield Case(
        "exact halves",
        {"x": halves.reshape(1, 2, 4)},
        note="float64 values where 255 · x ends in exactly .5",
    )
    yield Case("non-contiguous", {"x": noncontiguous(uniform(generator, 3, 5, 4))})
    yield Case("hidden: 3×16×16", {"x": uniform(generator, 3, 16, 16, low=-0.1, high=1.1)}, hidden=True)


def truncated(got, expected, case):
    """.to(torch.uint8) without round(): every value is the same or one lower."""
    if got.shape != expected.shape or got.dtype != "uint8":
        return False
    below = expected.tensor.int() - got.tensor.int()
    return bool(((below == 0) | (below == 1)).all() and (below == 1).any())


def halves_up(got, expected, case):
    """floor(255 · x + 0.5): exact halves go up instead of to the even neighbour."""
    if got.shape != expected.shape or got.dtype != "uint8":
        return False
    up = (case.args["x"].double() * 255 + 0.5).floor().clamp(0, 255).to(torch.uint8)
    return bool(torch.equal(got.tensor, up))


CHECK = Check(
    entry="float_to_uint8",
    cases=cases,
    seed=49,
    exact=True,
    bugs=(
        Bug(
            "truncated",
            "Some values are one too low: converting a float to uint8 truncates (254.9 -> 254). round() before converting.",
            truncated,
        ),
        Bug(
            "halves-up",
            "Exact halves went up (2.5 -> 3). torch.round sends a value that ends in exactly .5 to the even neighbour: 2.5 -> 2, 3.5 -> 4.",
            halves_up,
        ),
    ),
)
