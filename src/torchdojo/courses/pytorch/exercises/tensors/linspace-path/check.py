"""Check spec for tensors/linspace-path: random D and steps, steps of 0, 1 and 2, float64, non-contiguous."""

import torch

from torchdojo.grader.spec import Bug, Case, Check, noncontiguous, randn


def cases(generator):
    yield Case("D = 3, 5 steps", {"a": randn(generator, 3), "b": randn(generator, 3), "steps": 5})
    yield Case("D = 6, 4 steps", {"a": randn(generator, 6), "b": randn(generator, 6), "steps": 4})
    yield Case(
        "two steps", {"a": randn(generator, 4), "b": randn(generator, 4), "steps": 2}, note="just a and b"
    )
    yield Case(
        "one step", {"a": randn(generator, 4), "b": randn(generator, 4), "steps": 1}, note="only t = 0"
    )
    yield Case("zero steps", {"a": randn(generator, 4), "b": randn(generator, 4), "steps": 0}, note="(0, D)")
    yield Case("D = 1", {"a": randn(generator, 1), "b": randn(generator, 1), "steps": 6}, note="D = 1")
    yield Case(
        "float64",
        {
            "a": randn(generator, 5, dtype=torch.float64),
            "b": randn(generator, 5, dtype=torch.float64),
            "steps": 7,
        },
        note="float64 in, float64 out",
    )
    yield Case(
        "non-contiguous",
        {"a": noncontiguous(randn(generator, 5)), "b": noncontiguous(randn(generator, 5)), "steps": 3},
        note="strided views",
    )
    yield Case(
        "hidden: large values",
        {"a": randn(generator, 8, scale=1e5), "b": randn(generator, 8, scale=1e5), "steps": 9},
        hidden=True,
    )


def stops_short(got, expected, case):
    """Fractions s / S instead of s / (S - 1): the walk never reaches b."""
    want = expected.tensor.double()
    steps = want.shape[0]
    if steps < 2:
        return False
    t = torch.arange(steps, dtype=torch.float64) / steps
    return torch.allclose(got.tensor.double(), want[0] + t[:, None] * (want[-1] - want[0]), atol=1e-4)


def float32_fractions(got, expected, case):
    return expected.dtype == "float64" and torch.allclose(got.tensor, expected.tensor, rtol=1e-5, atol=1e-6)


CHECK = Check(
    entry="linspace_path",
    cases=cases,
    seed=12,
    tolerance={"float32": (1e-5, 1e-5)},
    bugs=(
        Bug(
            "stops-short",
            "The last row is not b: the fractions stop at (S-1)/S. linspace(0, 1, S) includes the end point.",
            stops_short,
        ),
        Bug(
            "float32-fractions",
            "Right up to float32 precision only: the fractions t were made in float32. Pass dtype=a.dtype to linspace.",
            float32_fractions,
        ),
    ),
)
