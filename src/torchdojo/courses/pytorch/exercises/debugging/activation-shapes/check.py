"""Check spec for debugging/activation-shapes: MLPs of several depths, dropout layers, an empty batch."""

import torch

from torchdojo.grader.spec import Build, Case, Check, randn


def shapes_case(name, generator, sizes, batch, *, dropout=0.0, hidden=False, note=""):
    args = {
        "model": Build("mlp", sizes=sizes, seed=1, dropout=dropout),
        "x": randn(generator, batch, sizes[0]),
    }
    return Case(name, args, hidden=hidden, observe=("state:model", "training:model"), note=note)


def cases(generator):
    yield shapes_case("4 → 8 → 2", generator, [4, 8, 2], 5)
    yield shapes_case("three linear layers", generator, [3, 6, 5, 1], 2)
    yield shapes_case(
        "with dropout", generator, [4, 8, 8, 3], 3, dropout=0.5, note="Dropout layers are leaves too"
    )
    yield shapes_case("one layer", generator, [7, 2], 4, note="a single Linear: one shape")
    yield Case(
        "empty batch",
        {"model": Build("mlp", sizes=[3, 4, 2], seed=2), "x": torch.empty(0, 3)},
        note="B = 0 still has shapes",
    )
    yield shapes_case("hidden: deep", generator, [6, 10, 10, 10, 4], 8, dropout=0.1, hidden=True)


CHECK = Check(entry="activation_shapes", cases=cases, seed=503)
