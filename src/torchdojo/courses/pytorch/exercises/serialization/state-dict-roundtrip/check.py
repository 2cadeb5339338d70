"""Check spec for serialization/state-dict-roundtrip: plain, dropout and batch-norm models, one sample."""

from torchdojo.grader.spec import Build, Case, Check, randn


def roundtrip_case(name, generator, recipe, sizes, batch, *, dropout=None, hidden=False, note=""):
    extra = {"dropout": dropout} if dropout else {}
    args = {
        "model": Build(recipe, sizes=sizes, seed=1, **extra),
        "fresh": Build(recipe, sizes=sizes, seed=2, **extra),
        "x": randn(generator, batch, sizes[0]),
    }
    return Case(name, args, hidden=hidden, observe=("state:fresh",), note=note)


def cases(generator):
    yield roundtrip_case(
        "an MLP with dropout",
        generator,
        "mlp",
        [4, 16, 2],
        6,
        dropout=0.5,
        note="Dropout(0.5): predict in eval mode",
    )
    yield roundtrip_case(
        "batch-norm",
        generator,
        "with_buffers",
        [3, 6, 2],
        4,
        note="BatchNorm1d's running statistics are buffers, saved by state_dict too",
    )
    yield roundtrip_case("one sample", generator, "mlp", [2, 3, 1], 1)
    yield roundtrip_case("hidden: wider dropout", generator, "mlp", [6, 12, 3], 7, dropout=0.3, hidden=True)


CHECK = Check(entry="reload_and_predict", cases=cases, seed=401, tolerance={"float32": (1e-5, 1e-6)})
