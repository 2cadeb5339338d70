"""Check spec for first-model/fix-training-loop: behaviour on models and batches the grader controls."""

from torchdojo.grader.spec import Build, Case, Check, Ref, randn


def training_case(
    name, generator, sizes, samples, batch_size, *, eval_mode=False, dropout=0.0, hidden=False, note=""
):
    x = randn(generator, samples, sizes[0])
    y = randn(generator, samples, sizes[-1])
    args = {
        "model": Build("mlp", sizes=sizes, seed=len(name), dropout=dropout, eval_mode=eval_mode),
        "loader": Build("loader", x=x, y=y, batch_size=batch_size),
        "criterion": Build("criterion", name="mse"),
        "optimizer": Build("optimizer", params_of=Ref("model"), name="sgd", lr=0.05),
    }
    return Case(name, args, hidden=hidden, observe=("state:model",), note=note)


def cases(generator):
    yield training_case(
        "small regression, 3 batches",
        generator,
        [3, 8, 1],
        samples=20,
        batch_size=8,
        note="20 samples in batches of 8, so the last batch has 4: the result is the mean of the 3 batch losses",
    )
    yield training_case(
        "model handed over in eval mode",
        generator,
        [5, 6, 2],
        samples=8,
        batch_size=4,
        eval_mode=True,
        note="call model.train()",
    )
    yield training_case("one batch", generator, [2, 4, 1], samples=5, batch_size=5)
    yield training_case(
        "hidden: dropout network",
        generator,
        [6, 16, 16, 1],
        samples=12,
        batch_size=6,
        eval_mode=True,
        dropout=0.25,
        hidden=True,
    )


CHECK = Check(
    entry="train_one_epoch",
    cases=cases,
    seed=7,
    tolerance={"float32": (1e-4, 1e-5)},
    float_tolerance=(1e-4, 1e-6),
    bugs=(
        "step-before-backward",
        "zero-grad-after-backward",
        "zero-grad-missing",
        "eval-mode",
        "loss-graph-kept",
        "loss-tensor-returned",
        "never-stepped",
        "step-count",
        "loss-not-averaged",
    ),
    extras=("loss-curve",),
)
