"""Check spec for tensors/merge-heads: random shapes, H, T and Dh of 1, T of 0, float64, non-contiguous input."""

import torch

from torchdojo.grader.spec import Bug, Case, Check, noncontiguous, randn


def cases(generator):
    yield Case("B=2 H=3 T=4 Dh=5", {"x": randn(generator, 2, 3, 4, 5)})
    yield Case("B=1 H=4 T=6 Dh=2", {"x": randn(generator, 1, 4, 6, 2)})
    yield Case("one head", {"x": randn(generator, 2, 1, 3, 4)}, note="H = 1")
    yield Case("one step", {"x": randn(generator, 2, 3, 1, 4)}, note="T = 1")
    yield Case("one feature per head", {"x": randn(generator, 3, 4, 5, 1)}, note="Dh = 1")
    yield Case("no steps", {"x": torch.empty(2, 3, 0, 4)}, note="T = 0: (2, 0, 12)")
    yield Case("float64", {"x": randn(generator, 2, 2, 3, 3, dtype=torch.float64)})
    yield Case("non-contiguous", {"x": noncontiguous(randn(generator, 3, 2, 4, 5))}, note="swapped strides")
    yield Case("hidden: B=4 H=8 T=7 Dh=6", {"x": randn(generator, 4, 8, 7, 6)}, hidden=True)


def reshaped_in_place(got, expected, case):
    """x.reshape(B, T, H * Dh) without moving the heads: the right shape, scrambled contents."""
    b, t, features = expected.shape
    heads = case.args["x"].shape[1] if isinstance(case.args["x"], torch.Tensor) else None
    if heads is None or got.shape != expected.shape:
        return False
    original = expected.tensor.reshape(b, t, heads, features // heads).transpose(1, 2)  # x again
    return torch.equal(got.tensor, original.reshape(b, t, features))


CHECK = Check(
    entry="merge_heads",
    cases=cases,
    seed=30,
    exact=True,
    bugs=(
        Bug(
            "reshape-only",
            "The shape is right but the numbers are scrambled: reshape keeps memory order, which is still head-major. Move the head dimension next to the features (transpose(1, 2)) before merging.",
            reshaped_in_place,
        ),
    ),
)
