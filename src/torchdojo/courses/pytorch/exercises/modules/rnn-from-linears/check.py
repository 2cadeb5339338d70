"""Check spec for modules/rnn-from-linears: the returned layer runs on the grader's sequences."""

from torchdojo.grader.spec import Case, Check, randn


def rnn_case(name, generator, n_in, hidden, b, t, *, hidden_case=False, note=""):
    args = {"n_in": n_in, "hidden": hidden, "x": randn(generator, b, t, n_in)}
    return Case(name, args, observe=("module:x",), hidden=hidden_case, note=note)


def cases(generator):
    yield rnn_case("3 → 5, 4 steps", generator, 3, 5, 2, 4)
    yield rnn_case("one step", generator, 2, 3, 3, 1, note="T = 1: only the input weights matter")
    yield rnn_case("one sequence, 10 steps", generator, 4, 4, 1, 10)
    yield rnn_case("hidden: 6 → 8, 7 steps", generator, 6, 8, 4, 7, hidden_case=True)


CHECK = Check(entry="make_rnn", cases=cases, seed=607, tolerance={"float32": (1e-5, 1e-6)})
