"""Check spec for modules/residual-mlp: 2-D and 3-D inputs, a narrow hidden layer, large inputs."""

from torchdojo.grader.spec import Case, Check, randn


def block_case(name, generator, dim, hidden, shape, *, scale=1.0, hidden_case=False, note=""):
    args = {"dim": dim, "hidden": hidden, "x": randn(generator, *shape, dim, scale=scale)}
    return Case(name, args, observe=("module:x",), hidden=hidden_case, note=note)


def cases(generator):
    yield block_case("dim 4, hidden 16", generator, 4, 16, (5,))
    yield block_case("tokens (2, 3, ·)", generator, 6, 12, (2, 3))
    yield block_case("bottleneck", generator, 8, 2, (3,), note="hidden < dim")
    yield block_case("large inputs", generator, 3, 6, (4,), scale=100.0, note="the skip keeps x's scale")
    yield block_case("hidden: dim 16", generator, 16, 64, (2, 5), hidden_case=True)


CHECK = Check(entry="make_residual_mlp", cases=cases, seed=610, tolerance={"float32": (1e-4, 1e-5)})
