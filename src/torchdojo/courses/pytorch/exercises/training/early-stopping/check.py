"""Check spec for training/early-stopping: overfitting runs that stop early, a run that never stops."""

from torchdojo.grader.spec import Build, Case, Check, Ref, randn


def fit_case(
    name,
    generator,
    sizes,
    samples,
    batch_size,
    max_epochs,
    patience,
    *,
    lr=0.2,
    seed=1,
    dropout=0.0,
    hidden=False,
    note="",
):
    w = randn(generator, sizes[0], 1)  # a linear signal plus noise: learnable at first, then overfit
    x_train, x_val = randn(generator, samples, sizes[0]), randn(generator, samples, sizes[0])
    y_train = x_train @ w + randn(generator, samples, 1)
    y_val = x_val @ w + randn(generator, samples, 1)
    args = {
        "model": Build("mlp", sizes=sizes, seed=seed, dropout=dropout),
        "train_loader": Build("loader", x=x_train, y=y_train, batch_size=batch_size),
        "val_loader": Build("loader", x=x_val, y=y_val, batch_size=batch_size),
        "criterion": Build("criterion", name="mse"),
        "optimizer": Build("optimizer", params_of=Ref("model"), name="sgd", lr=lr),
        "max_epochs": max_epochs,
        "patience": patience,
    }
    return Case(name, args, hidden=hidden, observe=("state:model",), note=note)


def cases(generator):
    yield fit_case(
        "overfits after a few epochs",
        generator,
        [3, 16, 1],
        16,
        8,
        30,
        2,
        lr=0.05,
        note="the validation loss turns up: restore the best epoch's weights",
    )
    yield fit_case("patience 1", generator, [4, 12, 1], 12, 4, 30, 1, seed=2, lr=0.1)
    yield fit_case(
        "never runs out of patience",
        generator,
        [2, 4, 1],
        10,
        5,
        3,
        10,
        seed=3,
        lr=0.01,
        note="max_epochs ends the run",
    )
    yield fit_case(
        "short last validation batch",
        generator,
        [3, 8, 1],
        11,
        4,
        30,
        3,
        seed=4,
        lr=0.05,
        note="11 samples in batches of 4",
    )
    yield fit_case(
        "hidden: dropout model",
        generator,
        [5, 16, 1],
        16,
        8,
        30,
        2,
        seed=5,
        lr=0.05,
        dropout=0.2,
        hidden=True,
    )


CHECK = Check(
    entry="fit_with_early_stopping",
    cases=cases,
    seed=301,
    tolerance={"float32": (1e-4, 1e-5)},
    bugs=("step-before-backward", "zero-grad-missing"),
)
