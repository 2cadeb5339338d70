"""Check spec for broadcasting/position-embeddings: T < L and T = L, B of 0 and 1, float64."""

import torch

from torchdojo.grader.spec import Bug, Case, Check, noncontiguous, randn


def pos_case(name, generator, b, t, d, length, *, dtype=torch.float32, hidden=False, note=""):
    args = {"x": randn(generator, b, t, d, dtype=dtype), "table": randn(generator, length, d, dtype=dtype)}
    return Case(name, args, hidden=hidden, note=note)


def cases(generator):
    yield pos_case("B=2, T=4, D=3, L=10", generator, 2, 4, 3, 10)
    yield pos_case("T = L", generator, 3, 6, 2, 6, note="the sequence uses the whole table")
    yield pos_case("one token", generator, 4, 1, 5, 8, note="T = 1")
    yield pos_case("one sequence", generator, 1, 5, 4, 7, note="B = 1")
    yield pos_case("empty batch", generator, 0, 3, 2, 5, note="B = 0")
    yield pos_case("float64", generator, 2, 3, 4, 9, dtype=torch.float64)
    yield Case(
        "non-contiguous table",
        {"x": randn(generator, 2, 3, 4), "table": noncontiguous(randn(generator, 6, 4))},
    )
    yield pos_case("hidden long", generator, 4, 32, 8, 64, hidden=True)


def plain(value):
    return value.kwargs["tensor"] if hasattr(value, "kwargs") else value


def shifted(got, expected, case):
    x, table = plain(case.args["x"]).double(), plain(case.args["table"]).double()
    t = x.shape[1]
    return t < table.shape[0] and torch.allclose(
        got.tensor.double(), x + table[1 : t + 1], rtol=1e-4, atol=1e-5
    )


CHECK = Check(
    entry="add_positions",
    cases=cases,
    seed=114,
    bugs=(
        Bug(
            "positions-from-one",
            "Your positions start at 1: the first token is position 0, so take table[:T], not table[1:T + 1].",
            shifted,
        ),
    ),
)
