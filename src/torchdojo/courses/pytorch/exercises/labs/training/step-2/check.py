"""Check spec for labs/training/step-2: behaviour over a whole epoch."""

from torchdojo.grader.spec import Build, Case, Check, Ref, randn


def training_case(
    name, generator, sizes, batches, batch_size, *, dropout=0.0, eval_mode=False, hidden=False, note=""
):
    x = randn(generator, batches * batch_size, sizes[0])
    y = randn(generator, batches * batch_size, sizes[-1])
    args = {
        "model": Build("mlp", sizes=sizes, seed=len(name), dropout=dropout, eval_mode=eval_mode),
        "loader": Build("loader", x=x, y=y, batch_size=batch_size),
        "criterion": Build("criterion", name="mse"),
        "optimizer": Build("optimizer", params_of=Ref("model"), name="sgd", lr=0.05),
    }
    return Case(name, args, hidden=hidden, observe=("state:model",), note=note)


def cases(generator):
    yield training_case("3 batches", generator, [3, 8, 1], 3, 8)
    yield training_case(
        "model arrives in eval mode",
        generator,
        [4, 6, 1],
        3,
        4,
        dropout=0.2,
        eval_mode=True,
        note="call model.train()",
    )
    yield training_case("hidden: 5 batches", generator, [6, 16, 1], 5, 6, hidden=True)


CHECK = Check(
    entry="train_epoch",
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
