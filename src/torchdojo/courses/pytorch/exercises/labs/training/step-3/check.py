"""Check spec for labs/training/step-3: the loss history over several epochs."""

from torchdojo.grader.spec import Build, Case, Check, Ref, randn


def training_case(
    name,
    generator,
    sizes,
    batches,
    batch_size,
    *,
    dropout=0.0,
    eval_mode=False,
    hidden=False,
    note="",
    **extra,
):
    x = randn(generator, batches * batch_size, sizes[0])
    y = randn(generator, batches * batch_size, sizes[-1])
    args = {
        "model": Build("mlp", sizes=sizes, seed=len(name), dropout=dropout, eval_mode=eval_mode),
        "loader": Build("loader", x=x, y=y, batch_size=batch_size),
        "criterion": Build("criterion", name="mse"),
        "optimizer": Build("optimizer", params_of=Ref("model"), name="sgd", lr=0.05),
        "epochs": extra["epochs"],
    }
    return Case(name, args, hidden=hidden, observe=("state:model",), note=note)


def cases(generator):
    yield training_case("3 epochs", generator, [3, 8, 1], 3, 8, epochs=3)
    yield training_case("1 epoch", generator, [2, 4, 1], 2, 4, epochs=1, note="a list with one number")
    yield training_case("hidden: 6 epochs", generator, [5, 12, 1], 4, 6, epochs=6, hidden=True)


CHECK = Check(
    entry="fit",
    cases=cases,
    tolerance={"float32": (1e-4, 1e-5)},
    float_tolerance=(1e-4, 1e-6),
    bugs=(
        "step-before-backward",
        "zero-grad-after-backward",
        "zero-grad-missing",
        "eval-mode",
        "loss-graph-kept",
        "loss-tensor-returned",
    ),
)
