"""Check spec for modules/bag-of-embeddings: the returned classifier runs on the grader's token batches."""

from torchdojo.grader.spec import Case, Check, randint


def bag_case(name, generator, vocab, dim, classes, b, t, *, hidden=False, note=""):
    args = {"vocab_size": vocab, "dim": dim, "n_classes": classes, "x": randint(generator, 0, vocab, b, t)}
    return Case(name, args, observe=("module:x",), hidden=hidden, note=note)


def cases(generator):
    yield bag_case("vocab 20, dim 6, 3 classes", generator, 20, 6, 3, 4, 5)
    yield bag_case(
        "one token per sequence", generator, 10, 4, 2, 3, 1, note="T = 1: the mean is that token's embedding"
    )
    yield bag_case("long sequences", generator, 50, 8, 5, 2, 30)
    yield bag_case("hidden: vocab 200", generator, 200, 16, 7, 6, 9, hidden=True)


CHECK = Check(entry="make_bag_classifier", cases=cases, seed=603, tolerance={"float32": (1e-5, 1e-6)})
