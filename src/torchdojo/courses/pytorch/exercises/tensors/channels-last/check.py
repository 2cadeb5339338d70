"""Check spec for tensors/channels-last: H ≠ W, one channel, 1×1 images, N of 0, uint8, float64, non-contiguous."""

import torch

from torchdojo.grader.spec import Bug, Case, Check, noncontiguous, randint, randn


def cases(generator):
    yield Case("2×3×4×5", {"x": randn(generator, 2, 3, 4, 5)}, note="H = 4, W = 5")
    yield Case("RGB uint8", {"x": randint(generator, 0, 256, 1, 3, 6, 2).to(torch.uint8)})
    yield Case("one channel", {"x": randn(generator, 3, 1, 4, 4)}, note="C = 1")
    yield Case("1×1 images", {"x": randn(generator, 4, 6, 1, 1)}, note="H = W = 1")
    yield Case("no images", {"x": torch.empty(0, 3, 2, 2)}, note="N = 0")
    yield Case("float64", {"x": randn(generator, 2, 2, 3, 3, dtype=torch.float64)})
    yield Case("non-contiguous", {"x": noncontiguous(randn(generator, 2, 3, 5, 4))}, note="swapped strides")
    yield Case("hidden: 4×8×7×6", {"x": randn(generator, 4, 8, 7, 6)}, hidden=True)


def reshaped(got, expected, case):
    """x.reshape(N, H, W, C): right shape, memory order of channels-first."""
    if got.shape != expected.shape:
        return False
    original = expected.tensor.permute(0, 3, 1, 2)  # x again, (N, C, H, W)
    return torch.equal(got.tensor, original.reshape(expected.shape))


CHECK = Check(
    entry="to_channels_last",
    cases=cases,
    seed=31,
    exact=True,
    bugs=(
        Bug(
            "reshape-not-permute",
            "Right shape, wrong numbers: reshape keeps the channels-first memory order and just regroups it. Reorder the dimensions with permute.",
            reshaped,
        ),
    ),
)
