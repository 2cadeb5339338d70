"""Check spec for tensors/seeded-noise: several shapes and seeds, float64, empty and 0-d, and the global RNG untouched."""

import torch

from torchdojo.grader.spec import Case, Check, noncontiguous, randn


def cases(generator):
    rng = ("rng",)
    yield Case("4×3, seed 0", {"like": randn(generator, 4, 3), "seed": 0}, observe=rng)
    yield Case("2×5×2, seed 1234", {"like": randn(generator, 2, 5, 2), "seed": 1234}, observe=rng)
    yield Case(
        "float64",
        {"like": randn(generator, 3, 4, dtype=torch.float64), "seed": 7},
        observe=rng,
        note="float64 noise",
    )
    yield Case("zero-dimensional", {"like": torch.tensor(3.0), "seed": 5}, observe=rng, note="shape ()")
    yield Case("empty", {"like": torch.empty(0, 4), "seed": 5}, observe=rng, note="shape (0, 4)")
    yield Case("non-contiguous", {"like": noncontiguous(randn(generator, 3, 5)), "seed": 99}, observe=rng)
    yield Case(
        "hidden: 6×7, big seed", {"like": randn(generator, 6, 7), "seed": 2**40 + 3}, observe=rng, hidden=True
    )


CHECK = Check(entry="seeded_noise", cases=cases, seed=15, exact=True)
