"""Check spec for modules/tied-embeddings: the returned model runs on the grader's token batches."""

from torchdojo.grader.spec import Case, Check, randint


def lm_case(name, generator, vocab, dim, b, t, *, hidden=False, note=""):
    args = {"vocab_size": vocab, "dim": dim, "x": randint(generator, 0, vocab, b, t)}
    return Case(name, args, observe=("module:x",), hidden=hidden, note=note)


def cases(generator):
    yield lm_case("vocab 12, dim 4", generator, 12, 4, 2, 5)
    yield lm_case("one token", generator, 7, 3, 1, 1, note="B = T = 1")
    yield lm_case("dim larger than vocab", generator, 5, 9, 3, 4)
    yield lm_case("hidden: vocab 64, dim 16", generator, 64, 16, 4, 6, hidden=True)


CHECK = Check(entry="make_tied_lm", cases=cases, seed=606, tolerance={"float32": (1e-5, 1e-6)})
