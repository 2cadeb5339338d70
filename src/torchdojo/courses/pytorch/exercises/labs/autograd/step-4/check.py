"""Check spec for labs/autograd/step-4: a few steps, zero steps, and a hidden longer run."""

from torchdojo.grader.spec import Case, Check, randn


def run(name, generator, n, f, lr, steps, hidden=False, note=""):
    args = {
        "w": randn(generator, f),
        "x": randn(generator, n, f),
        "y": randn(generator, n),
        "lr": lr,
        "steps": steps,
    }
    return Case(name, args, hidden=hidden, note=note)


def cases(generator):
    yield run("3 steps", generator, 8, 3, 0.1, 3)
    yield run("10 steps", generator, 16, 2, 0.05, 10)
    yield run("no steps", generator, 4, 3, 0.1, 0, note="steps = 0 returns the starting w")
    yield run("hidden: 25 steps", generator, 32, 5, 0.05, 25, hidden=True)


CHECK = Check(entry="descend", cases=cases, tolerance={"float32": (1e-4, 1e-5)})
