"""Check spec for tensors/einsum-bilinear: random shapes, N of 0 and 1, D and E of 1, float64, non-contiguous."""

import torch

from torchdojo.grader.spec import Bug, Case, Check, noncontiguous, randn


def triple(generator, n, d, e, dtype=torch.float32):
    return {
        "x": randn(generator, n, d, dtype=dtype),
        "W": randn(generator, d, e, dtype=dtype),
        "y": randn(generator, n, e, dtype=dtype),
    }


def cases(generator):
    yield Case("N=5 D=3 E=4", triple(generator, 5, 3, 4))
    yield Case("N=3 D=6 E=2", triple(generator, 3, 6, 2))
    yield Case("one pair", triple(generator, 1, 4, 4), note="N = 1: the result is (1,)")
    yield Case("D = E = 1", triple(generator, 4, 1, 1))
    yield Case("no pairs", triple(generator, 0, 3, 2), note="N = 0: (0,)")
    yield Case("float64", triple(generator, 4, 3, 5, dtype=torch.float64))
    yield Case(
        "non-contiguous",
        {
            "x": noncontiguous(randn(generator, 6, 4)),
            "W": noncontiguous(randn(generator, 4, 3)),
            "y": noncontiguous(randn(generator, 6, 3)),
        },
    )
    yield Case("hidden: N=32 D=16 E=8", triple(generator, 32, 16, 8), hidden=True)


def all_pairs(got, expected, case):
    """An N×N table whose diagonal is the answer: x @ W @ y.T."""
    n = expected.shape[0]
    return got.shape == (n, n) and torch.allclose(
        got.tensor.diagonal(), expected.tensor, rtol=1e-4, atol=1e-4
    )


CHECK = Check(
    entry="bilinear_scores",
    cases=cases,
    seed=40,
    tolerance={"float32": (1e-4, 1e-5)},
    bugs=(
        Bug(
            "all-pairs",
            "You scored every x[n] against every y[m] (an N×N table whose diagonal is the answer). Keep n in the output only once: einsum('nd,de,ne->n', ...).",
            all_pairs,
        ),
    ),
)
