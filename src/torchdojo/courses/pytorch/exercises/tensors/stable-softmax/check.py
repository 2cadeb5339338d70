"""Check spec for tensors/stable-softmax: random logits, leading dims, huge and very negative logits, C = 1."""

import torch

from torchdojo.grader.spec import Bug, Case, Check, noncontiguous, randn


def cases(generator):
    yield Case("4 rows, 5 classes", {"logits": randn(generator, 4, 5)})
    yield Case(
        "leading dims (2, 3, 4)",
        {"logits": randn(generator, 2, 3, 4)},
        note="softmax over the last dimension only",
    )
    yield Case(
        "huge logits",
        {"logits": randn(generator, 3, 6, scale=1000.0)},
        note="logits in the thousands: exp overflows on its own",
    )
    yield Case(
        "very negative logits",
        {"logits": randn(generator, 2, 4) - 2000.0},
        note="every logit near -2000: exp underflows to 0 on its own",
    )
    yield Case("one class", {"logits": randn(generator, 3, 1)}, note="C = 1: every probability is 1")
    yield Case("empty batch", {"logits": torch.empty(0, 5)}, note="no rows")
    yield Case(
        "float64",
        {"logits": randn(generator, 3, 4, dtype=torch.float64, scale=500.0)},
        note="float64 in, float64 out",
    )
    yield Case("hidden: huge logits, 3-D", {"logits": randn(generator, 4, 2, 7, scale=3000.0)}, hidden=True)
    yield Case("non-contiguous", {"logits": noncontiguous(randn(generator, 5, 3))}, note="a transposed view")


def wrong_dimension(got, expected, case):
    """The result sums to 1 down the first dimension instead of along the last."""
    probabilities = got.tensor.double()
    if probabilities.dim() < 2 or probabilities.shape[0] < 2 or probabilities.shape[-1] < 2:
        return False
    ones = torch.ones(())
    return torch.allclose(probabilities.sum(dim=0), ones.double(), atol=1e-4) and not torch.allclose(
        probabilities.sum(dim=-1), ones.double(), atol=1e-4
    )


CHECK = Check(
    entry="stable_softmax",
    cases=cases,
    seed=21,
    # float32 logits near ±2000 are spaced 1.2e-4 apart, so a correct exp(z - logsumexp(z)) is only good to
    # ~1e-4 relative there (rounding the logsumexp); subtracting the row max happens to be exact
    tolerance={"float32": (3e-4, 1e-6)},
    bugs=(
        Bug(
            "wrong-dimension",
            "Your probabilities sum to 1 down the first dimension: softmax over the last one (dim=-1), the classes.",
            wrong_dimension,
        ),
    ),
)
