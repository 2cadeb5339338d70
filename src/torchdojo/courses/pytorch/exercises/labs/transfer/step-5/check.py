"""Check spec for labs/transfer/step-5: a linear head trained on random features; the final head is compared."""

from torchdojo.grader.spec import Build, Case, Check, randint, randn


def head_case(name, generator, n, d, c, lr, epochs, hidden=False):
    args = {
        "head": Build("mlp", sizes=[d, c], seed=n),
        "features": randn(generator, n, d),
        "labels": randint(generator, 0, c, n),
        "lr": lr,
        "epochs": epochs,
    }
    return Case(name, args, hidden=hidden, observe=("state:head",))


def cases(generator):
    yield head_case("32 samples, 5 epochs", generator, 32, 16, 5, 0.5, 5)
    yield head_case("one epoch", generator, 10, 4, 2, 0.1, 1)
    yield head_case("hidden: 20 epochs", generator, 64, 12, 10, 0.3, 20, hidden=True)


CHECK = Check(
    entry="train_head", cases=cases, tolerance={"float32": (1e-4, 1e-5)}, float_tolerance=(1e-4, 1e-6)
)
