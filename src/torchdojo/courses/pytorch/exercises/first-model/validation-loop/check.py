"""Check spec for first-model/validation-loop: MLPs, dropout and batch-norm models, a short last batch."""

from torchdojo.grader.spec import Build, Case, Check, randint, randn


def validation_case(name, generator, model, samples, batch_size, loss, *, hidden=False, note=""):
    features, outputs = model.kwargs["sizes"][0], model.kwargs["sizes"][-1]
    x = randn(generator, samples, features)
    y = (
        randint(generator, 0, 2, samples, outputs).float()
        if loss == "bce_logits"
        else randn(generator, samples, outputs)
    )
    args = {
        "model": model,
        "loader": Build("loader", x=x, y=y, batch_size=batch_size),
        "criterion": Build("criterion", name=loss),
    }
    return Case(name, args, hidden=hidden, observe=("state:model", "training:model"), note=note)


def cases(generator):
    yield validation_case(
        "8 samples in batches of 4", generator, Build("mlp", sizes=[3, 8, 1], seed=1), 8, 4, "mse"
    )
    yield validation_case(
        "one sample",
        generator,
        Build("mlp", sizes=[2, 4, 1], seed=2),
        1,
        8,
        "mse",
        note="a single batch of 1",
    )
    yield validation_case(
        "11 samples in batches of 8",
        generator,
        Build("mlp", sizes=[4, 6, 1], seed=3),
        11,
        8,
        "bce_logits",
        note="the last batch holds 3 samples: weight each batch's mean loss by its size",
    )
    yield validation_case(
        "dropout model",
        generator,
        Build("mlp", sizes=[5, 16, 1], seed=4, dropout=0.5),
        8,
        8,
        "mse",
        note="the model has Dropout(0.5) and arrives in training mode",
    )
    yield validation_case(
        "batch-norm model",
        generator,
        Build("with_buffers", sizes=[4, 6, 1], seed=5),
        8,
        8,
        "mse",
        note="the model has BatchNorm1d and arrives in training mode",
    )
    yield validation_case(
        "model handed over in eval mode",
        generator,
        Build("mlp", sizes=[3, 5, 1], seed=7, dropout=0.2, eval_mode=True),
        6,
        4,
        "mse",
        note="it arrives in eval mode, so it must leave in eval mode",
    )
    yield validation_case(
        "hidden: dropout classifier",
        generator,
        Build("mlp", sizes=[6, 12, 12, 1], seed=6, dropout=0.3),
        20,
        8,
        "bce_logits",
        hidden=True,
    )


CHECK = Check(
    entry="evaluate",
    cases=cases,
    seed=17,
    float_tolerance=(1e-5, 1e-7),
    bugs=("train-mode-in-eval", "graph-in-eval"),
)
