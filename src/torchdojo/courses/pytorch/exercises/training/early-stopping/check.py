"""Check spec for training/early-stopping: overfitting runs that stop early, a run that never stops."""

import torch

from torchdojo.grader.spec import Build, Case, Check, Ref, randn


def fit_case(
    name,
    data_seed,
    sizes,
    samples,
    batch_size,
    max_epochs,
    patience,
    *,
    train_batch_size=None,
    lr=0.2,
    seed=1,
    dropout=0.0,
    hidden=False,
    note="",
):
    """A few tiny samples, trained in one batch per epoch by default, so that each case stops within a few
    epochs (the data seeds are chosen so that the validation loss turns up early)."""
    generator = torch.Generator().manual_seed(data_seed)
    w = randn(generator, sizes[0], 1)  # a linear signal plus noise: learnable at first, then overfit
    x_train, x_val = randn(generator, samples, sizes[0]), randn(generator, samples, sizes[0])
    y_train = x_train @ w + randn(generator, samples, 1)
    y_val = x_val @ w + randn(generator, samples, 1)
    args = {
        "model": Build("mlp", sizes=sizes, seed=seed, dropout=dropout),
        "train_loader": Build("loader", x=x_train, y=y_train, batch_size=train_batch_size or samples),
        "val_loader": Build("loader", x=x_val, y=y_val, batch_size=batch_size),
        "criterion": Build("criterion", name="mse"),
        "optimizer": Build("optimizer", params_of=Ref("model"), name="sgd", lr=lr),
        "max_epochs": max_epochs,
        "patience": patience,
    }
    return Case(name, args, hidden=hidden, observe=("state:model",), note=note)


def cases(generator):
    yield fit_case(
        "overfits after a few epochs, short last validation batch",
        13,
        [3, 8, 1],
        11,
        6,
        30,
        2,
        seed=4,
        lr=0.3,
        note="the validation loss turns up: restore the best epoch's weights; 11 samples in batches of 6",
    )
    yield fit_case(
        "never runs out of patience",
        3,
        [2, 4, 1],
        6,
        6,
        2,
        10,
        seed=3,
        lr=0.01,
        note="max_epochs ends the run",
    )
    yield fit_case(
        "hidden: dropout model", 11, [5, 16, 1], 8, 8, 2, 1, seed=5, lr=0.3, dropout=0.2, hidden=True
    )


CHECK = Check(
    entry="fit_with_early_stopping",
    cases=cases,
    seed=301,
    tolerance={"float32": (1e-4, 1e-5)},
    bugs=("step-before-backward", "zero-grad-missing"),
)
