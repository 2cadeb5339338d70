"""Check spec for modules/gated-linear-unit: 2-D and 3-D inputs, d_out = 1, a single row."""

from torchdojo.grader.spec import Case, Check, randn


def glu_case(name, generator, d_in, d_out, shape, *, hidden=False, note=""):
    args = {"d_in": d_in, "d_out": d_out, "x": randn(generator, *shape, d_in)}
    return Case(name, args, observe=("module:x",), hidden=hidden, note=note)


def cases(generator):
    yield glu_case("6 → 4, batch of 5", generator, 6, 4, (5,))
    yield glu_case("tokens (2, 3, ·)", generator, 5, 3, (2, 3), note="split the last dimension only")
    yield glu_case("one output", generator, 4, 1, (3,), note="d_out = 1")
    yield glu_case("hidden: 16 → 8", generator, 16, 8, (2, 4), hidden=True)


CHECK = Check(entry="make_glu", cases=cases, seed=608, tolerance={"float32": (1e-5, 1e-6)})
