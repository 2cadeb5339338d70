"""Check spec for broadcasting/broadcast-shape: classic pairs, 0-dim and size-0 shapes, errors, random pairs."""

import torch

from torchdojo.grader.spec import Bug, Case, Check


def random_pair(generator, rank_a, rank_b):
    """Two shapes that broadcast: a common target shape, with some sizes knocked down to 1 in each."""
    rank = max(rank_a, rank_b)
    target = torch.randint(2, 6, (rank,), generator=generator).tolist()
    ones_a = torch.rand(rank, generator=generator) < 0.4
    ones_b = torch.rand(rank, generator=generator) < 0.4
    a = tuple(1 if one else size for one, size in zip(ones_a.tolist(), target))[rank - rank_a :]
    b = tuple(1 if one else size for one, size in zip(ones_b.tolist(), target))[rank - rank_b :]
    return a, b


def cases(generator):
    yield Case("(8, 1, 6) with (7, 1)", {"a": (8, 1, 6), "b": (7, 1)})
    yield Case("(5, 3) with (3,)", {"a": (5, 3), "b": (3,)}, note="the shorter shape is padded on the left")
    yield Case("(4, 1) with (4,)", {"a": (4, 1), "b": (4,)}, note="the classic (N, 1) with (N,): (N, N)")
    yield Case("0-dim with (2, 3)", {"a": (), "b": (2, 3)}, note="() is a scalar's shape")
    yield Case("size 0 meets size 1", {"a": (0,), "b": (3, 1)}, note="a 1 stretches to 0 as well")
    yield Case("identical shapes", {"a": (2, 3, 4), "b": (2, 3, 4)})
    for index in range(3):
        rank_a, rank_b = torch.randint(1, 5, (2,), generator=generator).tolist()
        a, b = random_pair(generator, rank_a, rank_b)
        yield Case(f"random pair {index + 1}: {a} with {b}", {"a": a, "b": b})
    yield Case(
        "(2, 3) with (3, 2)",
        {"a": (2, 3), "b": (3, 2)},
        raises="ValueError",
        note="3 against 2 cannot broadcast",
    )
    yield Case("(5, 0) with (5, 2)", {"a": (5, 0), "b": (5, 2)}, raises="ValueError", note="0 is not 1")
    a, b = random_pair(generator, 4, 2)
    yield Case("hidden random pair", {"a": a, "b": b}, hidden=True)
    yield Case("hidden mismatch", {"a": (6, 1, 4), "b": (3, 5)}, hidden=True, raises="ValueError")


def took_the_max(got, expected, case):
    """The learner's tuple is the size-wise maximum: right for every pair except a 0 meeting a 1."""
    a, b = case.args["a"], case.args["b"]
    rank = max(len(a), len(b))
    a, b = (1,) * (rank - len(a)) + a, (1,) * (rank - len(b)) + b
    return [item for item in got.items] == [max(x, y) for x, y in zip(a, b)]


CHECK = Check(
    entry="broadcast_shape",
    cases=cases,
    seed=311,
    exact=True,
    bugs=(
        Bug(
            "took-the-max",
            "You took the larger size of each pair. A 1 stretches to the other size, and that size can be 0: (0,) with (1,) is (0,), not (1,).",
            took_the_max,
        ),
    ),
)
