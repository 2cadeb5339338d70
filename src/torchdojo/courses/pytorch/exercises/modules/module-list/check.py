"""Check spec for modules/module-list: towers of several depths, one layer, one sample."""

from torchdojo.grader.spec import Case, Check, randn


def tower_case(name, generator, width, depth, b, lr=0.5, *, hidden=False, note=""):
    args = {
        "width": width,
        "depth": depth,
        "x": randn(generator, b, width),
        "y": randn(generator, b, width),
        "lr": lr,
    }
    return Case(name, args, hidden=hidden, note=note)


def cases(generator):
    yield tower_case("width 4, depth 3", generator, 4, 3, 5)
    yield tower_case("one layer", generator, 3, 1, 4, note="depth = 1")
    yield tower_case("one sample", generator, 6, 2, 1, lr=1.0)
    yield tower_case("hidden: depth 6", generator, 8, 6, 7, lr=2.0, hidden=True)


CHECK = Check(entry="tower_after_step", cases=cases, seed=605, tolerance={"float32": (1e-4, 1e-5)})
