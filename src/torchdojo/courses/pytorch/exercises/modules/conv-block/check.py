"""Check spec for modules/conv-block: the returned block runs on the grader's image batch."""

from torchdojo.grader.spec import Case, Check, randn


def block_case(name, generator, c_in, c_out, b, h, w, *, hidden=False, note=""):
    args = {"c_in": c_in, "c_out": c_out, "x": randn(generator, b, c_in, h, w)}
    return Case(name, args, observe=("module:x",), hidden=hidden, note=note)


def cases(generator):
    yield block_case("3 → 8 channels, 5×5", generator, 3, 8, 2, 5, 5)
    yield block_case("one input channel", generator, 1, 4, 4, 3, 3, note="C_in = 1 (a grayscale image)")
    yield block_case("non-square, one image", generator, 2, 3, 1, 4, 6, note="B = 1, H ≠ W")
    yield block_case("hidden: 4 → 6, 8×8", generator, 4, 6, 3, 8, 8, hidden=True)


CHECK = Check(entry="make_conv_block", cases=cases, seed=601, tolerance={"float32": (1e-4, 1e-5)})
