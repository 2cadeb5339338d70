"""Check spec for autograd/split-batch-accumulation: even and odd B, B = 2; compares the final .grad."""

from torchdojo.grader.spec import Build, Case, Check, randn


def acc_case(name, generator, sizes, b, *, seed, hidden=False, note=""):
    args = {
        "model": Build("mlp", sizes=sizes, seed=seed),
        "x": randn(generator, b, sizes[0]),
        "y": randn(generator, b, sizes[-1]),
    }
    return Case(name, args, hidden=hidden, note=note, observe=("grads:model",))


def cases(generator):
    yield acc_case("B=8", generator, [3, 8, 2], 8, seed=1)
    yield acc_case("odd B=7", generator, [4, 6, 1], 7, seed=2, note="halves of 4 and 3 rows")
    yield acc_case("B=2", generator, [2, 5, 3], 2, seed=3, note="one row per micro-batch")
    yield acc_case("hidden odd B=13", generator, [6, 16, 4], 13, seed=4, hidden=True)


CHECK = Check(entry="accumulate_two_halves", cases=cases, seed=310, tolerance={"float32": (1e-4, 1e-6)})
