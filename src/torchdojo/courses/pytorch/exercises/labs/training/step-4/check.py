"""Check spec for labs/training/step-4: dropout models in training mode must be evaluated in eval mode."""

from torchdojo.grader.spec import Build, Case, Check, randn


def eval_case(name, generator, sizes, batches, batch_size, hidden=False):
    x = randn(generator, batches * batch_size, sizes[0])
    y = randn(generator, batches * batch_size, sizes[-1])
    args = {
        "model": Build("mlp", sizes=sizes, seed=len(name), dropout=0.5),
        "loader": Build("loader", x=x, y=y, batch_size=batch_size),
        "criterion": Build("criterion", name="mse"),
    }
    return Case(name, args, hidden=hidden, observe=("state:model",))


def cases(generator):
    yield eval_case("3 batches", generator, [3, 16, 1], 3, 8)
    yield eval_case("one batch", generator, [4, 8, 1], 1, 5)
    yield eval_case("hidden: wider", generator, [6, 32, 1], 4, 6, hidden=True)


CHECK = Check(
    entry="evaluate",
    cases=cases,
    float_tolerance=(1e-4, 1e-6),
    bugs=("train-mode-in-eval", "graph-in-eval"),
)
