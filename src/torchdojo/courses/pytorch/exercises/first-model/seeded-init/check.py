"""Check spec for first-model/seeded-init: several seeds and shapes, including a 0-dim and an empty shape."""

import torch

from torchdojo.grader.spec import Bug, Case, Check


def case(name, args, **options):
    """Every case also watches the global generator: the function must leave it alone."""
    return Case(name, args, observe=("rng",), **options)


def cases(generator):
    yield case("seed 7, shape (2, 3)", {"seed": 7, "shape": (2, 3)})
    yield case("seed 0, shape (4,)", {"seed": 0, "shape": (4,)})
    yield case("seed 1234, shape (3, 2, 5)", {"seed": 1234, "shape": (3, 2, 5)})
    yield case(
        "seed 7 again, shape (2, 3)",
        {"seed": 7, "shape": (2, 3)},
        note="the same arguments must give the same values",
    )
    yield case("0-dim", {"seed": 99, "shape": ()}, note="shape () is a single number in a 0-dim tensor")
    yield case("empty", {"seed": 5, "shape": (0, 3)}, note="a 0 in the shape: no values at all")
    yield case("hidden: seed 2024", {"seed": 2024, "shape": (16, 8)}, hidden=True)


def unseeded(got, expected, case):
    """The values are normal draws of the right shape, but from a generator seeded with something else."""
    shape = tuple(case.args["shape"])
    for other in range(50):
        draw = torch.randn(shape, generator=torch.Generator().manual_seed(other))
        if other != case.args["seed"] and got.tensor is not None and torch.equal(got.tensor.float(), draw):
            return True
    return False


def uniform(got, expected, case):
    draw = torch.rand(tuple(case.args["shape"]), generator=torch.Generator().manual_seed(case.args["seed"]))
    return torch.equal(got.tensor.float(), draw)


CHECK = Check(
    entry="make_weights",
    cases=cases,
    seed=0,
    exact=True,
    bugs=(
        Bug(
            "seed-unused",
            "These values come from a generator that was not seeded with `seed` (the global one, seeded by someone else). Create torch.Generator().manual_seed(seed) and pass it as generator=.",
            unseeded,
        ),
        Bug(
            "uniform",
            "These are uniform draws from [0, 1) (torch.rand). The weights are standard-normal: torch.randn.",
            uniform,
        ),
    ),
)
