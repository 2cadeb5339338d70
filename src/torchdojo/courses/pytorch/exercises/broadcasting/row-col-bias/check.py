"""Check spec for broadcasting/row-col-bias: square inputs first (the silent case), then N != D, N or D = 1."""

import torch

from torchdojo.grader.spec import Bug, Case, Check, noncontiguous, randn


def bias_case(name, generator, n, d, *, dtype=torch.float32, hidden=False, note=""):
    args = {
        "x": randn(generator, n, d, dtype=dtype),
        "row_bias": randn(generator, n, dtype=dtype, scale=10.0),
        "col_bias": randn(generator, d, dtype=dtype),
    }
    return Case(name, args, hidden=hidden, note=note)


def cases(generator):
    yield bias_case("square 3×3", generator, 3, 3, note="N = D: no error tells you which axis a bias went to")
    yield bias_case("N=4, D=6", generator, 4, 6)
    yield bias_case("one row", generator, 1, 5, note="N = 1")
    yield bias_case("one column", generator, 5, 1, note="D = 1")
    yield bias_case("float64", generator, 3, 2, dtype=torch.float64, note="float64 in, float64 out")
    yield Case(
        "non-contiguous x",
        {
            "x": noncontiguous(randn(generator, 4, 3)),
            "row_bias": randn(generator, 4),
            "col_bias": randn(generator, 3),
        },
    )
    yield bias_case("hidden square", generator, 8, 8, hidden=True)
    yield bias_case("hidden tall", generator, 12, 5, hidden=True)


def plain(value):
    return value.kwargs["tensor"] if hasattr(value, "kwargs") else value


def swapped(got, expected, case):
    x, rows, cols = (plain(case.args[k]).double() for k in ("x", "row_bias", "col_bias"))
    if x.shape[0] != x.shape[1]:
        return False
    return torch.allclose(got.tensor.double(), x + rows[None, :] + cols[:, None], rtol=1e-4, atol=1e-4)


def row_bias_on_columns(got, expected, case):
    x, rows, cols = (plain(case.args[k]).double() for k in ("x", "row_bias", "col_bias"))
    if x.shape[0] != x.shape[1]:
        return False
    return torch.allclose(got.tensor.double(), x + rows[None, :] + cols[None, :], rtol=1e-4, atol=1e-4)


CHECK = Check(
    entry="add_biases",
    cases=cases,
    seed=105,
    bugs=(
        Bug(
            "row-bias-on-columns",
            "row_bias went to the columns: a (N,) tensor lines up with the last axis of (N, D). Make it (N, 1) with row_bias[:, None].",
            row_bias_on_columns,
        ),
        Bug(
            "swapped",
            "Both biases are on the wrong axis: row_bias varies along the columns and col_bias down the rows.",
            swapped,
        ),
    ),
)
