"""Check spec for labs/transfer/step-4: dropout backbones in training mode, several loaders."""

from torchdojo.grader.spec import Build, Case, Check, randint, randn


def feature_case(name, generator, sizes, batches, batch_size, hidden=False):
    n = batches * batch_size - 1  # an uneven last batch
    args = {
        "backbone": Build("mlp", sizes=sizes, dropout=0.5),
        "loader": Build(
            "loader", x=randn(generator, n, sizes[0]), y=randint(generator, 0, 5, n), batch_size=batch_size
        ),
    }
    return Case(name, args, hidden=hidden)


def cases(generator):
    yield feature_case("3 batches, 16 features", generator, [8, 32, 16], 3, 4)
    yield feature_case("one batch", generator, [4, 6], 1, 5)
    yield feature_case("hidden: more batches", generator, [10, 20, 12], 5, 6, hidden=True)


CHECK = Check(entry="extract_features", cases=cases)
