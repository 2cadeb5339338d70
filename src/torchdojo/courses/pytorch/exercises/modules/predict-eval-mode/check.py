"""Check spec for modules/predict-eval-mode: dropout models in training mode, a model already in eval mode."""

from torchdojo.grader.spec import Build, Case, Check, randn


def predict_case(name, generator, sizes, b, *, dropout=0.5, eval_mode=False, hidden=False, note=""):
    args = {
        "model": Build("mlp", sizes=sizes, seed=b, dropout=dropout, eval_mode=eval_mode),
        "x": randn(generator, b, sizes[0]),
    }
    return Case(name, args, hidden=hidden, observe=("training:model", "state:model"), note=note)


def cases(generator):
    yield predict_case("dropout 0.5, training mode", generator, [4, 16, 1], 6)
    yield predict_case(
        "arrives in eval mode", generator, [3, 8, 2], 4, eval_mode=True, note="it must stay in eval mode"
    )
    yield predict_case("no dropout", generator, [2, 4, 1], 3, dropout=0.0)
    yield predict_case("hidden: two dropout layers", generator, [5, 12, 12, 3], 8, dropout=0.3, hidden=True)


CHECK = Check(entry="predict", cases=cases, seed=609, tolerance={"float32": (1e-5, 1e-6)})
