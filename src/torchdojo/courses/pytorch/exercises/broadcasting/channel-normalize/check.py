"""Check spec for broadcasting/channel-normalize: H = C (where mean[:, None] hides), W = C, B of 0 and 1."""

import torch

from torchdojo.grader.spec import Bug, Case, Check, noncontiguous, randn


def image_case(name, generator, b, c, h, w, *, dtype=torch.float32, hidden=False, note=""):
    args = {
        "images": randn(generator, b, c, h, w, dtype=dtype),
        "mean": randn(generator, c, dtype=dtype, scale=0.5),
        "std": torch.rand(c, generator=generator, dtype=dtype) + 0.5,
    }
    return Case(name, args, hidden=hidden, note=note)


def cases(generator):
    yield image_case("B=2, C=3, H=3, W=5", generator, 2, 3, 3, 5, note="H = C")
    yield image_case("B=2, C=3, H=4, W=5", generator, 2, 3, 4, 5)
    yield image_case(
        "W = C", generator, 2, 3, 4, 3, note="W = C: (C,) broadcasts over the width without an error"
    )
    yield image_case("one image, one channel", generator, 1, 1, 4, 4, note="B = 1, C = 1")
    yield image_case("1×1 pixels", generator, 3, 4, 1, 1, note="H = W = 1")
    yield image_case("empty batch", generator, 0, 3, 2, 2, note="B = 0")
    yield image_case("float64", generator, 2, 3, 2, 4, dtype=torch.float64, note="float64 in, float64 out")
    yield Case(
        "non-contiguous images",
        {
            "images": noncontiguous(randn(generator, 2, 3, 4, 5)),
            "mean": randn(generator, 3),
            "std": torch.ones(3) * 2,
        },
        note="a view with swapped strides",
    )
    yield image_case("hidden RGB", generator, 4, 3, 8, 8, hidden=True)


def plain(value):
    return value.kwargs["tensor"] if hasattr(value, "kwargs") else value


def over_width(got, expected, case):
    images, mean, std = (plain(case.args[k]).double() for k in ("images", "mean", "std"))
    if images.shape[-1] != mean.shape[0]:
        return False
    return torch.allclose(got.tensor.double(), (images - mean) / std, rtol=1e-4, atol=1e-5)


def over_height(got, expected, case):
    images, mean, std = (plain(case.args[k]).double() for k in ("images", "mean", "std"))
    if images.shape[-2] != mean.shape[0]:
        return False
    return torch.allclose(got.tensor.double(), (images - mean[:, None]) / std[:, None], rtol=1e-4, atol=1e-5)


CHECK = Check(
    entry="normalize_channels",
    cases=cases,
    seed=103,
    bugs=(
        Bug(
            "stats-on-height",
            "Your statistics landed on the height axis: (C, 1) lines up with (H, W). They need shape (C, 1, 1) to reach the channel axis.",
            over_height,
        ),
        Bug(
            "stats-on-width",
            "Your statistics landed on the width axis: (C,) lines up with the last dimension, W. Reshape them to (C, 1, 1).",
            over_width,
        ),
    ),
)
