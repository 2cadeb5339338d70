"""Check spec for autograd/freeze-first-layer: two- and three-layer MLPs, B = 1; compares every .grad."""

from torchdojo.grader.spec import Build, Case, Check, randn


def freeze_case(name, generator, sizes, b, *, seed, hidden=False, note=""):
    args = {
        "model": Build("mlp", sizes=sizes, seed=seed),
        "x": randn(generator, b, sizes[0]),
        "y": randn(generator, b, sizes[-1]),
    }
    return Case(name, args, hidden=hidden, note=note, observe=("grads:model",))


def cases(generator):
    yield freeze_case("4-8-2, B=5", generator, [4, 8, 2], 5, seed=1)
    yield freeze_case("three layers", generator, [3, 6, 6, 1], 6, seed=2)
    yield freeze_case("one sample", generator, [2, 4, 3], 1, seed=3, note="B = 1")
    yield freeze_case("hidden wide", generator, [10, 32, 16, 4], 12, seed=4, hidden=True)


CHECK = Check(entry="backward_with_frozen_first", cases=cases, seed=311, tolerance={"float32": (1e-4, 1e-6)})
