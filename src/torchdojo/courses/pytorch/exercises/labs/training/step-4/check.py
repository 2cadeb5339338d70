"""Check spec for labs/training/step-4: dropout models in training mode must be evaluated in eval mode."""

from torchdojo.grader.spec import Build, Case, Check, randn


def eval_case(name, generator, sizes, batches, batch_size, hidden=False, samples=None, note=""):
    samples = batches * batch_size if samples is None else samples  # fewer: the last batch is smaller
    x = randn(generator, samples, sizes[0])
    y = randn(generator, samples, sizes[-1])
    args = {
        "model": Build("mlp", sizes=sizes, seed=len(name), dropout=0.5),
        "loader": Build("loader", x=x, y=y, batch_size=batch_size),
        "criterion": Build("criterion", name="mse"),
    }
    return Case(name, args, hidden=hidden, note=note, observe=("state:model",))


def cases(generator):
    yield eval_case("3 batches", generator, [3, 16, 1], 3, 8)
    yield eval_case("one batch", generator, [4, 8, 1], 1, 5)
    yield eval_case(
        "uneven last batch",
        generator,
        [3, 16, 1],
        3,
        8,
        samples=20,
        note="20 samples in batches of 8, 8 and 4: the result is the mean of the batch losses",
    )
    yield eval_case("hidden: wider", generator, [6, 32, 1], 4, 6, hidden=True)


CHECK = Check(
    entry="evaluate",
    cases=cases,
    float_tolerance=(1e-4, 1e-6),
    bugs=("train-mode-in-eval", "graph-in-eval"),
)
