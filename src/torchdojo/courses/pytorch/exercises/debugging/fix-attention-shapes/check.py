"""Check spec for debugging/fix-attention-shapes: distinct sizes, T = 1, B = 1, equal sizes that hide bugs."""

from torchdojo.grader.spec import Case, Check, randn


def scores_case(name, generator, b, t, d, *, hidden=False, note=""):
    return Case(
        name, {"q": randn(generator, b, t, d), "k": randn(generator, b, t, d)}, hidden=hidden, note=note
    )


def cases(generator):
    yield scores_case("B=2, T=3, D=4", generator, 2, 3, 4)
    yield scores_case(
        "all sizes equal", generator, 3, 3, 3, note="B = T = D: a wrong transpose or scale still runs"
    )
    yield scores_case("one position", generator, 2, 1, 4, note="T = 1")
    yield scores_case("one sequence", generator, 1, 5, 8, note="B = 1")
    yield scores_case("hidden: B=4, T=6, D=16", generator, 4, 6, 16, hidden=True)


CHECK = Check(entry="attention_scores", cases=cases, seed=501)
