"""Check spec for labs/modules/step-1: known weights are loaded by name, so only the structure matters."""

from torchdojo.grader.spec import Case, Check, randn


def network(name, generator, batch, n_in, n_hidden, n_out, hidden=False):
    weights = {
        "fc1.weight": randn(generator, n_hidden, n_in, scale=n_in**-0.5),
        "fc1.bias": randn(generator, n_hidden, scale=0.1),
        "fc2.weight": randn(generator, n_out, n_hidden, scale=n_hidden**-0.5),
        "fc2.bias": randn(generator, n_out, scale=0.1),
    }
    return Case(name, {"x": randn(generator, batch, n_in), "weights": weights}, hidden=hidden)


def cases(generator):
    yield network("4 → 8 → 3, batch of 5", generator, 5, 4, 8, 3)
    yield network("2 → 3 → 1, batch of 1", generator, 1, 2, 3, 1)
    yield network("hidden: 16 → 32 → 10", generator, 7, 16, 32, 10, hidden=True)


CHECK = Check(entry="run_tiny_mlp", cases=cases)
