"""Check spec for broadcasting/per-sample-scale: B = C (the silent case), B = W, B of 0 and 1, float64."""

import torch

from torchdojo.grader.spec import Bug, Case, Check, noncontiguous, randn


def scale_case(name, generator, b, c, h, w, *, dtype=torch.float32, hidden=False, note=""):
    args = {
        "images": randn(generator, b, c, h, w, dtype=dtype),
        "scale": torch.rand(b, generator=generator, dtype=dtype) * 2,
    }
    return Case(name, args, hidden=hidden, note=note)


def cases(generator):
    yield scale_case("B=3, C=3, H=2, W=4", generator, 3, 3, 2, 4, note="B = C")
    yield scale_case("B=2, C=3, H=4, W=5", generator, 2, 3, 4, 5)
    yield scale_case(
        "B = W", generator, 4, 1, 3, 4, note="B = W: (B,) broadcasts over the width without an error"
    )
    yield scale_case("one image", generator, 1, 3, 2, 2, note="B = 1")
    yield scale_case("empty batch", generator, 0, 3, 2, 2, note="B = 0")
    yield scale_case("float64", generator, 2, 2, 3, 3, dtype=torch.float64)
    yield Case(
        "non-contiguous images",
        {"images": noncontiguous(randn(generator, 2, 3, 2, 2)), "scale": torch.tensor([0.5, 3.0])},
    )
    yield scale_case("hidden RGB", generator, 5, 3, 6, 6, hidden=True)


def plain(value):
    return value.kwargs["tensor"] if hasattr(value, "kwargs") else value


def on_channels(got, expected, case):
    images, scale = plain(case.args["images"]).double(), plain(case.args["scale"]).double()
    if images.shape[1] != scale.shape[0]:
        return False
    return torch.allclose(got.tensor.double(), images * scale[:, None, None], rtol=1e-4, atol=1e-5)


CHECK = Check(
    entry="scale_samples",
    cases=cases,
    seed=115,
    bugs=(
        Bug(
            "scaled-channels",
            "Your factors landed on the channel axis: (B, 1, 1) lines up with (C, H, W). Give scale four dimensions, (B, 1, 1, 1).",
            on_channels,
        ),
    ),
)
