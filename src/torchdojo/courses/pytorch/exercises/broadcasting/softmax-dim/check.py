"""Check spec for broadcasting/softmax-dim: last, first and middle dims, negative dims, huge logits, float64."""

import torch

from torchdojo.grader.spec import Bug, Case, Check, noncontiguous, randn


def cases(generator):
    yield Case("(4, 6), dim=-1", {"x": randn(generator, 4, 6), "dim": -1})
    yield Case("(4, 6), dim=0", {"x": randn(generator, 4, 6), "dim": 0}, note="softmax down the columns")
    yield Case("(2, 3, 5), dim=1", {"x": randn(generator, 2, 3, 5), "dim": 1}, note="a middle dimension")
    yield Case(
        "(3, 4, 2), dim=-2", {"x": randn(generator, 3, 4, 2), "dim": -2}, note="a negative middle dimension"
    )
    yield Case(
        "size 1 along dim", {"x": randn(generator, 5, 1), "dim": 1}, note="a single entry: softmax is 1"
    )
    yield Case("1-D", {"x": randn(generator, 7), "dim": 0})
    yield Case("empty batch", {"x": torch.empty(0, 4), "dim": 1}, note="no rows: the result is (0, 4)")
    yield Case(
        "float64",
        {"x": randn(generator, 3, 4, dtype=torch.float64), "dim": -1},
        note="float64 in, float64 out",
    )
    yield Case("non-contiguous", {"x": noncontiguous(randn(generator, 5, 3)), "dim": 0})
    yield Case(
        "huge logits",
        {"x": randn(generator, 3, 5, scale=1e4), "dim": -1},
        note="|x| near 10000: exp overflows without the shift",
    )
    yield Case("hidden 4-D", {"x": randn(generator, 2, 3, 4, 5, scale=30.0), "dim": 2}, hidden=True)


def plain(value):
    return value.kwargs["tensor"] if hasattr(value, "kwargs") else value


def last_dim_only(got, expected, case):
    x, dim = plain(case.args["x"]), case.args["dim"]
    if dim in (-1, x.dim() - 1):
        return False
    return torch.allclose(got.tensor.double(), torch.softmax(x.double(), dim=-1), rtol=1e-4, atol=1e-6)


CHECK = Check(
    entry="softmax",
    cases=cases,
    seed=110,
    tolerance={"float32": (1e-4, 1e-6)},
    bugs=(
        Bug(
            "ignored-dim",
            "Your softmax runs over the last dimension whatever dim says: reduce along dim.",
            last_dim_only,
        ),
    ),
)
