"""Check spec for devices/class-weights: balanced and skewed counts, a zero count, K = 1, K = 0, the meta device."""

import torch

from torchdojo.grader.spec import Case, Check


def cases(generator):
    random_counts = torch.randint(1, 500, (6,), generator=generator).tolist()
    yield Case("four classes", {"counts": [30, 10, 5, 60], "device": "cpu"})
    yield Case("random counts", {"counts": random_counts, "device": "cpu"})
    yield Case(
        "a class with no samples", {"counts": [30, 10, 0, 60], "device": "cpu"}, note="count 0 -> weight 0"
    )
    yield Case("one class", {"counts": [7], "device": "cpu"}, note="K = 1: weight 1")
    yield Case("no classes", {"counts": [], "device": "cpu"}, note="K = 0: a (0,) float32 tensor")
    yield Case(
        "on the meta device", {"counts": [3, 1, 2], "device": "meta"}, note="the result must be on 'meta'"
    )
    yield Case("hidden skewed", {"counts": [100000, 3, 250, 0, 1], "device": "cpu"}, hidden=True)


CHECK = Check(entry="class_weights", cases=cases, seed=204, tolerance={"float32": (1e-5, 1e-6)})
